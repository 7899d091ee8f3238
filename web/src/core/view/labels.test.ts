import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, shortenLabel, type LabelCandidate } from './labels.ts';

const measure = (text: string) => text.length * 7;
const options = { width: 400, height: 300, fontSize: 12, measure };
const node = (key: string, x: number, y: number, size = 5, text = key, forced = false): LabelCandidate => ({
  key,
  x,
  y,
  size,
  text,
  forced,
});

describe('shortenLabel', () => {
  it('should keep short labels and cut long ones at a word, with an ellipsis', () => {
    expect(shortenLabel('Russia')).toBe('Russia');
    const short = shortenLabel('Kim’s message to Putin and Russia, 12 Jun 2023');
    expect(short.length).toBeLessThanOrEqual(28);
    expect(short).toBe('Kim’s message to Putin and…');
  });
});

describe('placeLabels', () => {
  it('should never let two labels overlap, bigger nodes first', () => {
    const placed = placeLabels(
      [node('small', 100, 100, 3, 'Small neighbour'), node('big', 95, 102, 12, 'Big state'), node('far', 100, 200)],
      options,
    );
    expect(placed.map((p) => p.key)).toContain('big');
    expect(placed.map((p) => p.key)).toContain('far');
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  it('should put a label on the left when the right side runs off the canvas', () => {
    const [label] = placeLabels([node('edge', 390, 50, 5, 'Near the edge')], options);
    expect(label!.x + label!.width).toBeLessThanOrEqual(390);
  });

  it('should keep the place of a selected node’s label even when it overlaps nothing free', () => {
    const placed = placeLabels(
      [node('a', 100, 100, 5, 'Neighbour'), node('sel', 102, 101, 5, 'Selected', true)],
      options,
    );
    expect(placed.find((p) => p.key === 'sel')!.forced).toBe(true);
    expect(placed).toHaveLength(2);
    expect(overlaps(placed[0]!, placed[1]!)).toBe(false);
  });
});
