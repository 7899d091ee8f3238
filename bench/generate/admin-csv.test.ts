import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AdminCsvWriter } from './admin-csv.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'admin-csv-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The header file and data file of an importer argument `Name=header,data`, as text. */
function filesOf(group: string): { name: string; header: string; data: string } {
  const [name, files] = group.split('=') as [string, string];
  const [header, data] = files.split(',') as [string, string];
  return { name, header: readFileSync(header, 'utf8'), data: readFileSync(data, 'utf8') };
}

describe('AdminCsvWriter', () => {
  it('should write typed headers from every value seen, and quote text with commas and quotes', async () => {
    const writer = new AdminCsvWriter(dir);
    await writer.nodesOf(
      ['Entity', 'Person'],
      [
        { id: 'person:a', name: 'Ann, "the envoy"', aliases: [], mentionCount: 2, country: null },
        { id: 'person:b', name: 'Bo', aliases: ['B', 'Bo B'], mentionCount: 0, country: 'fr' },
      ],
    );
    await writer.linksOf('Entity', 'Entity', [
      ['ALLIED_WITH', { from: 'person:a', to: 'person:b', props: { articleCount: 1 } }],
    ]);
    const files = writer.finish();
    expect([writer.nodes, writer.relationships]).toEqual([2, 1]);

    const nodes = filesOf(files.nodes[0]!);
    expect(nodes.name).toBe('Entity:Person');
    expect(nodes.header).toBe('id:ID,name:string,aliases:string[],mentionCount:long,country:string\n');
    expect(nodes.data).toBe('person:a,"Ann, ""the envoy""",,2,\nperson:b,Bo,B;Bo B,0,fr\n');
    const links = filesOf(files.relationships[0]!);
    expect(links.name).toBe('ALLIED_WITH');
    expect(links.header).toBe(':START_ID,:END_ID,articleCount:long\n');
    expect(links.data).toBe('person:a,person:b,1\n');
  });

  it('should give rows with other properties a file of their own', async () => {
    const writer = new AdminCsvWriter(dir);
    await writer.linksOf('Entity', 'Event', [
      ['PARTICIPATED_IN', { from: 'a', to: 'e', props: { role: 'actor' } }],
      ['PARTICIPATED_IN', { from: 'b', to: 'e', props: { role: 'actor', articleCount: 2 } }],
      ['TARGETS', { from: 'e', to: 'b', props: { role: 'target' } }],
    ]);
    const groups = writer.finish().relationships.map(filesOf);
    expect(groups.map((g) => [g.name, g.header.trim()])).toEqual([
      ['PARTICIPATED_IN', ':START_ID,:END_ID,role:string'],
      ['PARTICIPATED_IN', ':START_ID,:END_ID,role:string,articleCount:long'],
      ['TARGETS', ':START_ID,:END_ID,role:string'],
    ]);
  });
});
