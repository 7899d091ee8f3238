import { describe, expect, it } from 'vitest';
import { findDates, referenceDate } from './dates.ts';

const dated = (text: string, reference: string) => findDates(text, reference).map((d) => [d.date, d.precision]);

describe('findDates', () => {
  it('should resolve weekdays, months and years against the publication date', () => {
    expect(dated('Talks took place on Tuesday.', '2023-08-15')).toEqual([['2023-08-15', 'day']]);
    expect(dated('In March, officials said so.', '2023-06-12')).toEqual([['2023-03', 'month']]);
    expect(dated('They first met in 2019 at a summit.', '2023-06-12')).toEqual([['2019', 'year']]);
    expect(dated('The war began on February 24, 2022.', '2023-08-15')).toEqual([['2022-02-24', 'day']]);
  });

  it('should take a bare weekday as the last such day, or the next one when the sentence speaks of what is to come', () => {
    // 2024-06-26 is a Wednesday: "Saturday" is three days back (the nearest Saturday would be three days ahead).
    expect(dated('The army shelled the port on Saturday.', '2024-06-26')).toEqual([['2024-06-22', 'day']]);
    expect(dated('Envoys met Wednesday in Lima.', '2024-06-26')).toEqual([['2024-06-26', 'day']]);
    expect(dated('The talks will resume on Saturday.', '2024-06-26')).toEqual([['2024-06-29', 'day']]);
    expect(dated('Voters are due to go to the polls Monday.', '2024-06-26')).toEqual([['2024-07-01', 'day']]);
  });

  it('should put "last August" before the publication date and give "last week" month precision', () => {
    expect(dated('In letters last August, both sides agreed.', '2023-06-12')).toEqual([['2022-08', 'month']]);
    expect(dated('He visited the capital last week.', '2024-06-25')).toEqual([['2024-06', 'month']]);
  });

  it('should read a year after "early", "mid" or "late", and "weeks ago" to the month', () => {
    expect(dated('In late 2023 the firm collapsed.', '2025-03-12')).toEqual([['2023', 'year']]);
    expect(dated('Prices have risen since mid-2021.', '2025-03-12')).toEqual([['2021', 'year']]);
    expect(dated('The talks broke down two weeks ago.', '2025-03-12')).toEqual([['2025-02', 'month']]);
  });

  it('should not read the modal "may" as a month', () => {
    expect(dated('Russia may have received shells.', '2024-06-25')).toEqual([]);
  });

  it('should date nothing relative when there is no reference date, and keep dates that name their year', () => {
    expect(findDates('Talks took place on Tuesday.', null)).toEqual([]);
    expect(findDates('The plant closed last year.', null)).toEqual([]);
    expect(findDates('The war began on February 24, 2022.', null).map((d) => d.date)).toEqual(['2022-02-24']);
  });
});

describe('referenceDate', () => {
  it('should take the publication date, else the full date of a dateline opening the story', () => {
    expect(referenceDate('2024-05-02', 'LIMA, March 4, 2025 — Peru said so.')).toBe('2024-05-02');
    expect(referenceDate(null, 'LIMA, March 4, 2025 — Peru said so on Tuesday.')).toBe('2025-03-04');
    // A dateline without its year, or no dateline, gives no reference.
    expect(referenceDate(null, 'LIMA, March 4 — Peru said so.')).toBeNull();
    expect(referenceDate(null, 'Peru said on March 4, 2025 that it would act.')).toBeNull();
  });
});
