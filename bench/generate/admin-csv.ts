/*
 * A GraphSink that writes CSV files in neo4j-admin's import format instead of Neo4j: one data file per
 * label set or relationship type (and set of property names), and its header in a file of its own,
 * written last, when every value's type is known (`mentionCount:long`, `aliases:string[]`). Ids are one
 * global id space (every id in the schema is unique across labels). An empty cell is no property, and
 * so is an empty list: neo4j-admin cannot write one, where the transactional path writes `[]` (readers
 * of `aliases` and `roles` take a missing list as empty).
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { csvField } from '#model/export/csv.ts';
import { scalarText, TypeModel } from '#model/export/values.ts';
import { ARRAY_DELIMITER, adminType } from '../../graph-store/export/writers/csv-zip.ts';
import type { AdminImportFiles } from '../../graph-store/db/embedded-neo4j.ts';
import type { GraphSink, Link, Row } from './graph-sink.ts';

const LINES_PER_FLUSH = 20_000;

function cell(value: unknown): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return '';
  if (Array.isArray(value)) return csvField(value.map(scalarText).join(ARRAY_DELIMITER));
  return csvField(scalarText(value));
}

/** One data file and its header: rows whose properties are `columns`, after the fixed id columns. */
class CsvGroup {
  private readonly types = new TypeModel();
  private lines: string[] = [];

  constructor(
    readonly name: string,
    private readonly file: string,
    private readonly fixed: string[],
    private readonly columns: string[],
  ) {
    writeFileSync(file, '');
  }

  add(ids: string[], props: Row): void {
    this.types.note(props);
    this.lines.push([...ids.map(csvField), ...this.columns.map((c) => cell(props[c]))].join(','));
    if (this.lines.length >= LINES_PER_FLUSH) this.flush();
  }

  flush(): void {
    if (this.lines.length > 0) appendFileSync(this.file, `${this.lines.join('\n')}\n`);
    this.lines = [];
  }

  /** Flushes the rows and writes the header; `Name=header,data` for the importer. */
  finish(): string {
    this.flush();
    const types = new Map(this.types.entries());
    const header = [
      ...this.fixed,
      ...this.columns.map((c) => `${c}:${adminType(types.get(c) ?? { base: 'string', list: false })}`),
    ];
    const headerFile = this.file.replace(/\.csv$/, '.header.csv');
    writeFileSync(headerFile, `${header.map(csvField).join(',')}\n`);
    return `${this.name}=${headerFile},${this.file}`;
  }
}

export class AdminCsvWriter implements GraphSink {
  nodes = 0;
  relationships = 0;
  private readonly nodeGroups = new Map<string, CsvGroup>();
  private readonly linkGroups = new Map<string, CsvGroup>();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  nodesOf(labels: readonly string[], rows: Iterable<Row>): Promise<void> {
    for (const { id, ...props } of rows) {
      this.group(this.nodeGroups, labels.join(':'), ['id:ID'], props).add([String(id)], props);
      this.nodes++;
    }
    return Promise.resolve();
  }

  linksOf(_from: string, _to: string, typed: Iterable<[string, Link]>): Promise<void> {
    for (const [type, link] of typed) {
      this.group(this.linkGroups, type, [':START_ID', ':END_ID'], link.props).add([link.from, link.to], link.props);
      this.relationships++;
    }
    return Promise.resolve();
  }

  /** Every file written, headers included, as the importer takes them. */
  finish(): AdminImportFiles {
    return {
      nodes: [...this.nodeGroups.values()].map((g) => g.finish()),
      relationships: [...this.linkGroups.values()].map((g) => g.finish()),
    };
  }

  private group(groups: Map<string, CsvGroup>, name: string, fixed: string[], props: Row): CsvGroup {
    const columns = Object.keys(props);
    const key = `${name}|${columns.join(',')}`;
    let group = groups.get(key);
    if (!group) {
      const file = path.join(this.dir, `${groups === this.nodeGroups ? 'nodes' : 'rels'}-${groups.size}.csv`);
      groups.set(key, (group = new CsvGroup(name, file, fixed, columns)));
    }
    return group;
  }
}
