/*
 * Node labels that never overlap: the candidates sigma's label grid picks (by zoom and node size) are
 * placed greedily, the forced ones (selected, hovered: sigma's hover layer draws them in full) and the
 * bigger nodes first, to the right of their node or else to its left, and left out when neither side
 * is free or on screen. Long labels are shortened (the full text shows on hover). Pure: the
 * LabelsController measures and draws.
 */

/** Labels longer than this are shortened with an ellipsis on the canvas. */
export const MAX_LABEL_CHARS = 28;

/** A label sigma asks to draw: its node's key, position and size on screen, and its text. */
export interface LabelCandidate {
  key: string;
  x: number;
  y: number;
  /** The node's radius on screen. */
  size: number;
  text: string;
  /** Selected or hovered: placed first, and drawn even where it cannot be placed freely. */
  forced: boolean;
}

/** A label as drawn: the box it covers on screen (x, y the top-left corner) and where its text starts. */
export interface PlacedLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The text's baseline origin. */
  textX: number;
  textY: number;
  /** A selected or hovered node's label: sigma's hover layer draws it (in full); here it only keeps its place. */
  forced: boolean;
}

export interface PlacementOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Gap between a node's edge and its label. */
  gap?: number;
  measure(text: string): number;
}

/** The text shown on the canvas: at most MAX_LABEL_CHARS, cut at a word where it can be, with "…". */
export function shortenLabel(text: string, max = MAX_LABEL_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: Pick<PlacedLabel, 'x' | 'y' | 'width' | 'height'>, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function boxAt(c: LabelCandidate, side: 'right' | 'left', o: Required<PlacementOptions>): PlacedLabel {
  const width = o.measure(c.text);
  const height = o.fontSize + 2;
  const x = side === 'right' ? c.x + c.size + o.gap : c.x - c.size - o.gap - width;
  const y = c.y - height / 2;
  return { key: c.key, text: c.text, x, y, width, height, textX: x, textY: c.y + o.fontSize / 3, forced: c.forced };
}

const onScreen = (b: PlacedLabel, o: Required<PlacementOptions>): boolean =>
  b.x >= 0 && b.y >= 0 && b.x + b.width <= o.width && b.y + b.height <= o.height;

/** Places the labels: forced first, then by node size; each to the right or the left, where it is free and on screen. */
export function placeLabels(candidates: LabelCandidate[], options: PlacementOptions): PlacedLabel[] {
  const o: Required<PlacementOptions> = { gap: 3, ...options };
  const order = [...candidates].sort(
    (a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size || a.key.localeCompare(b.key),
  );
  const placed: PlacedLabel[] = [];
  for (const c of order) {
    if (!c.text) continue;
    const sides = [boxAt(c, 'right', o), boxAt(c, 'left', o)];
    const free = sides.find((b) => onScreen(b, o) && !placed.some((p) => overlaps(b, p)));
    if (free) placed.push(free);
    else if (c.forced) placed.push(sides.find((b) => onScreen(b, o)) ?? sides[0]!);
  }
  return placed;
}
