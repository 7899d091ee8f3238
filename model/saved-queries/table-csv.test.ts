import { describe, expect, it } from 'vitest';
import { tableCsv } from './table-csv.ts';

describe('tableCsv', () => {
  it('should write a header row and quote the fields that need it', () => {
    const rows = [
      ['Russia', 48],
      ['North Korea, "DPRK"', 44],
    ];
    expect(tableCsv(['name', 'count'], rows)).toBe('name,count\r\nRussia,48\r\n"North Korea, ""DPRK""",44\r\n');
  });

  it('should write lists and nodes as their table text', () => {
    const node = { elementId: 'e1', labels: ['Entity', 'State'], properties: { name: 'Russia' } };
    expect(tableCsv(['who', 'what'], [[node, ['arms transfer', 'aggression']]])).toBe(
      'who,what\r\nRussia,"arms transfer, aggression"\r\n',
    );
  });
});

describe('tableCsv and spreadsheets', () => {
  it('should write text a spreadsheet would run as a formula with a leading apostrophe, numbers as they are', () => {
    expect(
      tableCsv(
        ['title', 'n'],
        [
          ['=1+2', -3],
          ['@SUM(A1)', 0],
          ['\tx', 1],
        ],
      ),
    ).toBe("title,n\r\n'=1+2,-3\r\n'@SUM(A1),0\r\n'\tx,1\r\n");
  });
});
