/*
 * Dates in a sentence, resolved against the article's publication date with chrono-node, each with
 * its precision (day, month or year). chrono only sees short windows around words that can start a
 * date (month and day names, "last", "ago", years...), so a sentence of any length costs linear time.
 */
import * as chrono from 'chrono-node/en'; // English only: the whole package also loads every other locale (about 0.1 s more at each start)
import { datelineEnd } from './mentions/dateline.ts';

export type DatePrecision = 'day' | 'month' | 'year';

export interface FoundDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY, by precision. */
  date: string;
  precision: DatePrecision;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
}

const DATE_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|(?:last|next|this|earlier|later)\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter|morning|afternoon|evening|night)|ago|(?:1[89]|20)\d\d)\b/gi;
const WINDOW_BEFORE = 24;
const WINDOW_AFTER = 40;
/** Words that put a bare weekday ahead of the article date ("will meet Monday", "is due to vote on Sunday"). */
const FUTURE =
  /\b(?:will|won't|shall|due|scheduled|set to|expected to|plans? to|planned|is to|are to|to be held|upcoming|later)\b|'ll\b/i;
const DAY_MS = 86_400_000;

/**
 * A bare weekday ("on Saturday") is the last such day up to the article date, or the next one from it when the
 * sentence speaks of what is to come ("talks will begin Monday"): news reports what happened, chrono takes the nearest.
 */
function weekdayDate(ref: Date, weekday: number, future: boolean): Date {
  const gap = future ? (weekday - ref.getUTCDay() + 7) % 7 : -((ref.getUTCDay() - weekday + 7) % 7);
  return new Date(ref.getTime() + gap * DAY_MS);
}

/** A year after a preposition, over "early", "mid" or "late" ("in late 2023", "since mid-2021"). */
const YEAR_ONLY = /\b(?:in|since|by|during|until|of|from)\s+(?:(?:early|late|mid)[\s-]+)?((?:1[89]|20)\d\d)\b/gi;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The date relative expressions resolve against: the publication date, else the full date of a dateline opening
 * the story ("HARARE, March 4, 2025 —"), else null.
 */
export function referenceDate(publishedAt: string | null, firstSentence: string | undefined): string | null {
  if (publishedAt) return publishedAt;
  const end = firstSentence ? datelineEnd(firstSentence, true) : -1;
  if (end < 0) return null;
  return findDates(firstSentence!.slice(0, end), null).find((d) => d.precision === 'day')?.date ?? null;
}

/**
 * Finds the dates a sentence names. `reference` is the publication date (YYYY-MM-DD...) or null; with no reference,
 * only dates that write their year are kept ("on Tuesday" cannot be dated).
 */
export function findDates(text: string, reference: string | null): FoundDate[] {
  const known = !!reference && !Number.isNaN(Date.parse(reference));
  const ref = known ? new Date(`${reference.slice(0, 10)}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z');
  const windows: { start: number; end: number }[] = [];
  for (const match of text.matchAll(DATE_WORD)) {
    // "may" is mostly a modal verb: only a capitalised "May" can be the month.
    if (match[0] === 'may') continue;
    const start = Math.max(0, match.index - WINDOW_BEFORE);
    const end = Math.min(text.length, match.index + match[0].length + WINDOW_AFTER);
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  const found: FoundDate[] = [];
  const seen = new Set<number>();
  for (const window of windows) {
    const slice = text.slice(window.start, window.end);
    for (const result of chrono.parse(slice, { instant: ref, timezone: 'UTC' }, { forwardDate: false })) {
      const start = window.start + result.index;
      if (seen.has(start) || /^may$/.test(result.text)) continue;
      // A window may cut a date; keep results that end inside the window's core.
      const component = result.start;
      let year = component.get('year');
      let month = component.get('month');
      let day = component.get('day');
      const weekday = component.get('weekday');
      if (
        known &&
        weekday !== null &&
        component.isCertain('weekday') &&
        !component.isCertain('day') &&
        !/\b(?:last|next|this|past|coming)\b/i.test(result.text)
      ) {
        const resolved = weekdayDate(ref, weekday, FUTURE.test(text));
        [year, month, day] = [resolved.getUTCFullYear(), resolved.getUTCMonth() + 1, resolved.getUTCDate()];
      }
      if (year === null || month === null || day === null) continue;
      if (!known && !/\b\d{4}\b/.test(result.text)) continue;
      let precision: DatePrecision;
      if (component.isCertain('day') || component.isCertain('weekday')) precision = 'day';
      else if (component.isCertain('month')) precision = 'month';
      else if (component.isCertain('year')) precision = 'year';
      else precision = /\bweeks?\b/i.test(result.text) ? 'month' : 'day';
      if (/\byear\b/i.test(result.text)) precision = 'year';
      else if (/\bweeks?\b|\b(?:end|beginning|start|middle) of\b/i.test(result.text) && !component.isCertain('weekday'))
        precision = 'month';
      // "last August" is the August before the reference date.
      const lastBefore = /\blast\s+$/i.test(slice.slice(Math.max(0, result.index - 6), result.index));
      if (
        (lastBefore || /\blast\b/i.test(result.text)) &&
        year !== null &&
        month !== null &&
        new Date(Date.UTC(year, month - 1, day ?? 1)) > ref
      )
        year -= 1;
      const date =
        precision === 'day'
          ? `${year}-${pad(month)}-${pad(day)}`
          : precision === 'month'
            ? `${year}-${pad(month)}`
            : String(year);
      seen.add(start);
      found.push({ date, precision, start, end: start + result.text.length });
    }
  }
  for (const match of text.matchAll(YEAR_ONLY)) {
    const start = match.index + match[0].length - 4;
    if (found.some((d) => d.start <= start && d.end >= start + 4)) continue;
    found.push({ date: match[1]!, precision: 'year', start, end: start + 4 });
  }
  return found.sort((a, b) => a.start - b.start);
}
