/*
 * Validation of the XML exports, for the tests: GraphML against the GraphML XSD (xmllint-wasm), and
 * GEXF 1.3 by a documented subset of the 1.3 rules plus the 1.2draft XSD (see schemas/README.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import { checkGexf13 } from '#model/export/gexf-check.ts';

export { checkGexf13 };

const schemas = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schemas');
const schemaFile = (name: string) => ({ fileName: name, contents: readFileSync(path.join(schemas, name), 'utf8') });

async function xsdErrors(xml: string, schema: string, preload: string[]): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'export.xml', contents: xml }],
    schema: [schemaFile(schema)],
    preload: preload.map(schemaFile),
    maxMemoryPages: 16_384,
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/** GraphML validated against the GraphML XSD; returns the errors (none when valid). */
export function validateGraphml(xml: string): Promise<string[]> {
  return xsdErrors(xml, 'graphml.xsd', ['xlink.xsd']);
}

/** The GEXF document with its namespaces moved to 1.2draft, validated against the 1.2draft XSD. */
export function validateGexfStructure(xml: string): Promise<string[]> {
  const as12 = xml
    // JGraphT's copy of the 1.2draft schema declares color, position and size in the GEXF namespace
    // (typed by the viz schema), so the viz prefix is mapped there.
    .replace(/"http:\/\/gexf\.net\/1\.3\/viz"/g, '"http://www.gexf.net/1.2draft"')
    .replace(/"http:\/\/gexf\.net\/1\.3"/g, '"http://www.gexf.net/1.2draft"')
    .replace(/xsi:schemaLocation="[^"]*"/, '')
    .replace(/(<gexf[^>]*\bversion=")1\.3"/, '$11.2"');
  return xsdErrors(as12, 'gexf-1.2draft.xsd', ['viz-1.2draft.xsd']);
}

/** Every GEXF check: the 1.3 subset and the 1.2draft XSD. */
export async function validateGexf(xml: string): Promise<string[]> {
  return [...checkGexf13(xml), ...(await validateGexfStructure(xml))];
}
