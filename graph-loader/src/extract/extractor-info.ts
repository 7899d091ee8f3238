/* The extractor's name and version, recorded on everything it produces. */
export const EXTRACTOR = { name: 'newsgraph-rules', version: '0.1.0' } as const;
