/*
 * The export formats, listed once for the CLI, the API and the Export menu: the data formats the
 * server and the CLI write (graph-store/export attaches a writer to each), and the images of the
 * view the browser draws. Also the name every export is saved under, newsgraph-<scope>-<date>.<ext>.
 */

/** Data formats, written by graph-store/export. */
export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv', 'cypher', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Images of the explorer's view, drawn in the browser (web/src/export). */
export const IMAGE_FORMATS = ['png', 'svg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** Every format, in the Export menu's order. */
export type AnyFormat = ExportFormat | ImageFormat;
export const ALL_FORMATS: readonly AnyFormat[] = [...EXPORT_FORMATS, ...IMAGE_FORMATS];

export interface FormatSpec {
  name: AnyFormat;
  /** File extension, without the dot. */
  extension: string;
  /** Other extensions that name this format in an output file (`-o graph.ndjson`). */
  otherExtensions: string[];
  mediaType: string;
  /** Binary formats (the CSV zip, PNG) are never written to a terminal or stdout. */
  binary: boolean;
  /** What it is, for `newsgraph export --help` and GET /api/export/formats. */
  description: string;
  /** Its entry in the Export menu. */
  label: string;
}

export const FORMAT_SPECS: Record<AnyFormat, FormatSpec> = {
  gexf: {
    name: 'gexf',
    extension: 'gexf',
    otherExtensions: [],
    mediaType: 'application/gexf+xml',
    binary: false,
    description: 'GEXF 1.3 for Gephi',
    label: 'GEXF 1.3 (Gephi)',
  },
  graphml: {
    name: 'graphml',
    extension: 'graphml',
    otherExtensions: [],
    mediaType: 'application/graphml+xml',
    binary: false,
    description: 'GraphML for yEd, Cytoscape, networkx',
    label: 'GraphML (yEd, Cytoscape, networkx)',
  },
  json: {
    name: 'json',
    extension: 'json',
    otherExtensions: [],
    mediaType: 'application/json',
    binary: false,
    description: 'graphology JSON',
    label: 'graphology JSON',
  },
  csv: {
    name: 'csv',
    extension: 'zip',
    otherExtensions: [],
    mediaType: 'application/zip',
    binary: true,
    description: 'nodes.csv + edges.csv (neo4j-admin headers) and SOURCES in a zip',
    label: 'CSV zip (neo4j-admin import)',
  },
  cypher: {
    name: 'cypher',
    extension: 'cypher',
    otherExtensions: ['cyp'],
    mediaType: 'application/x-cypher-query; charset=utf-8',
    binary: false,
    description: 'idempotent MERGE script',
    label: 'Cypher script (MERGE)',
  },
  jsonl: {
    name: 'jsonl',
    extension: 'jsonl',
    otherExtensions: ['ndjson'],
    mediaType: 'application/x-ndjson',
    binary: false,
    description: 'JSON Lines',
    label: 'JSON Lines',
  },
  png: {
    name: 'png',
    extension: 'png',
    otherExtensions: [],
    mediaType: 'image/png',
    binary: true,
    description: 'PNG image of the view',
    label: 'PNG image of the view',
  },
  svg: {
    name: 'svg',
    extension: 'svg',
    otherExtensions: [],
    mediaType: 'image/svg+xml',
    binary: false,
    description: 'SVG image of the view',
    label: 'SVG image of the view',
  },
};

/** Whether a format is an image of the view (made in the browser, of the current view only). */
export function isImage(format: AnyFormat): format is ImageFormat {
  return (IMAGE_FORMATS as readonly string[]).includes(format);
}

/** The data format a file extension names (`zip` is the CSV zip), or undefined. */
export function formatOfExtension(extension: string): ExportFormat | undefined {
  const wanted = extension.toLowerCase();
  return EXPORT_FORMATS.find(
    (f) => FORMAT_SPECS[f].extension === wanted || FORMAT_SPECS[f].otherExtensions.includes(wanted),
  );
}

/** `newsgraph-<scope>-<date>.<extension>`, the scope reduced to file-name-safe characters. */
export function exportFileName(scopeName: string, format: { extension: string }, date = new Date()): string {
  const scope =
    scopeName
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'export';
  return `newsgraph-${scope}-${date.toISOString().slice(0, 10)}.${format.extension}`;
}
