/* The extractor's name and version, recorded on everything it produces. Bump the version when rules or gazetteer change output. */
export const EXTRACTOR = { name: 'newsgraph-rules', version: '2.14.0' } as const;
