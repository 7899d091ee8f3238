import { describe, expect, it } from 'vitest';
import { cellText } from '#model/saved-queries/cell-text.ts';
import { csv, formatResult, textTable, truncationNotes } from './format-result.ts';
import type { QueryRunResult } from '#model/saved-queries/types.ts';

const node = (id: string, name: string) => ({
  elementId: `e${id}`,
  labels: ['Entity', 'State'],
  properties: { id, name },
});

const result: QueryRunResult = {
  columns: ['name', 'count'],
  rows: [
    ['Russia', 48],
    ['North Korea, "DPRK"', 44],
  ],
  subgraph: { nodes: [], edges: [] },
  result: 'table',
  truncated: { rows: true, nodes: false },
  limits: { maxRows: 2, maxNodes: 10, timeoutMs: 1000 },
  elapsedMs: 3,
};

describe('cellText', () => {
  it('should show nodes by name, relationships by type and lists joined', () => {
    expect(cellText(node('state:ru', 'Russia'))).toBe('Russia');
    expect(
      cellText({ elementId: 'r', type: 'LEADER_OF', startElementId: 'a', endElementId: 'b', properties: {} }),
    ).toBe(':LEADER_OF');
    expect(cellText([node('a', 'A'), 'b', 3, null])).toBe('A, b, 3, ');
    expect(cellText({ nodes: [node('a', 'A'), node('b', 'B')], relationships: [] })).toBe('A — B');
    expect(cellText({ x: 1 })).toBe('{"x":1}');
  });
});

describe('formatResult', () => {
  it('should align a text table', () => {
    expect(textTable(['a', 'bb'], [['xxx', 'y']])).toBe('a    bb\n---  --\nxxx  y');
  });

  it('should quote CSV fields that need it', () => {
    expect(csv(result.columns, result.rows)).toBe('name,count\r\nRussia,48\r\n"North Korea, ""DPRK""",44\r\n');
    expect(csv(['title', 'n'], [['=1+2', -3], ['@SUM(A1)', 0], ['\tx', 1]])).toBe("title,n\r\n'=1+2,-3\r\n'@SUM(A1),0\r\n'\tx,1\r\n");
  });

  it('should give JSON rows as objects', () => {
    const json = JSON.parse(formatResult(result, 'json')) as { rows: unknown[]; truncated: unknown };
    expect(json.rows[0]).toEqual({ name: 'Russia', count: 48 });
    expect(json.truncated).toEqual({ rows: true, nodes: false });
  });

  it('should list nodes and relationships for a graph result', () => {
    const text = formatResult(
      {
        ...result,
        result: 'graph',
        subgraph: {
          nodes: [
            { key: 'state:ru', labels: ['Entity', 'State'], properties: { name: 'Russia' } },
            { key: 'state:kp', labels: ['Entity', 'State'], properties: { name: 'North Korea' } },
          ],
          edges: [{ key: 'r1', type: 'ALLIED_WITH', source: 'state:ru', target: 'state:kp', properties: {} }],
        },
      },
      'table',
    );
    expect(text).toContain('2 nodes');
    expect(text).toMatch(/Russia\s+ALLIED_WITH\s+North Korea/);
  });

  it('should note a truncated result', () => {
    expect(truncationNotes(result)).toEqual([
      'only the first 2 rows are shown; the query returned more (raise the cap with --max-rows)',
    ]);
  });
});
