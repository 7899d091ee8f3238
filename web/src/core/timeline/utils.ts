/*
 * The timeline of what is in view: its Events (by date) and the articles behind its edges (by
 * publication date), placed on a time scale, and the undated Events in a lane of their own; brushing
 * a span turns into a date range filter. Pure.
 */
import { isUndatedEvent } from '#model/filters.ts';
import type { ViewGraph } from '../view/types.ts';

export interface TimelineItem {
  key: string;
  date: string;
  label: string;
  kind: 'event' | 'article';
}

/** Days since 1970 of a date (YYYY, YYYY-MM or YYYY-MM-DD; the start of the period). */
export function dayNumber(date: string): number {
  const [y, m = '01', d = '01'] = date.split('-');
  return Math.floor(Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000);
}

/** The YYYY-MM-DD of a day number. */
export function dateOfDay(day: number): string {
  return new Date(Math.round(day) * 86_400_000).toISOString().slice(0, 10);
}

/** The dated Events in view and the distinct publication dates of the articles behind its edges. */
export function timelineItems(graph: ViewGraph): TimelineItem[] {
  const items: TimelineItem[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind === 'Event' && typeof a.properties.date === 'string' && /^\d{4}/.test(a.properties.date)) {
      items.push({ key, date: a.properties.date, label: fullName(graph, key), kind: 'event' });
    }
  });
  const articleDates = new Map<string, number>();
  graph.forEachEdge((_, a) => {
    const dates = a.properties.articleDates;
    if (Array.isArray(dates))
      for (const d of dates) if (typeof d === 'string') articleDates.set(d, (articleDates.get(d) ?? 0) + 1);
  });
  for (const [date, count] of articleDates) {
    items.push({
      key: `articles:${date}`,
      date,
      label: `${date}: reported in ${count} link${count === 1 ? '' : 's'} in view`,
      kind: 'article',
    });
  }
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}

export interface TimeScale {
  min: number;
  max: number;
}

/** The day range the timeline shows: the items' span, padded, at least a month wide. */
export function timeScale(items: TimelineItem[]): TimeScale | null {
  if (items.length === 0) return null;
  const days = items.map((i) => dayNumber(i.date));
  let min = Math.min(...days);
  let max = Math.max(...days);
  const pad = Math.max(15, (max - min) * 0.05);
  min -= pad;
  max += pad;
  return { min, max };
}

/** Steps between labelled years, in years: the first that keeps the labels apart. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];

/**
 * The years to label on the scale: every year while there is room for each label, else every 2nd, 5th,
 * 10th … year (multiples of the step), so that at most `maxLabels` are drawn and none overlap.
 */
export function yearTicks(scale: TimeScale, maxLabels = 14): number[] {
  const first = new Date(scale.min * 86_400_000).getUTCFullYear();
  const last = new Date(scale.max * 86_400_000).getUTCFullYear();
  const step = YEAR_STEPS.find((s) => Math.floor(last / s) - Math.ceil(first / s) + 1 <= maxLabels) ?? 1000;
  const years: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step)
    if (position(scale, dayNumber(String(y))) >= 0) years.push(y);
  return years;
}

/** Where a day sits between 0 and 1 on the scale. */
export function position(scale: TimeScale, day: number): number {
  return (day - scale.min) / (scale.max - scale.min);
}

/** The date range of a brushed span (fractions 0..1 of the width, either order). */
export function brushRange(scale: TimeScale, a: number, b: number): { from: string; to: string } {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const clamp = (f: number): number => Math.min(1, Math.max(0, f));
  const day = (f: number): number => scale.min + clamp(f) * (scale.max - scale.min);
  return { from: dateOfDay(Math.floor(day(lo))), to: dateOfDay(Math.ceil(day(hi))) };
}

/** An event's name in full (the drawn label may be cut short). */
function fullName(graph: ViewGraph, key: string): string {
  const { label, properties } = graph.getNodeAttributes(key);
  return typeof properties.label === 'string' && properties.label ? properties.label : label;
}

/** The Events in view without a date, by name: the timeline's undated lane. */
export function undatedTimelineEvents(graph: ViewGraph): { key: string; label: string }[] {
  return graph
    .filterNodes((_, a) => isUndatedEvent(a))
    .map((key) => ({ key, label: fullName(graph, key) }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
}

/** Where the i-th of `count` items sits in a lane from 0 to 1, evenly spaced. */
export function lanePosition(i: number, count: number): number {
  return (i + 0.5) / Math.max(1, count);
}
