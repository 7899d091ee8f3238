/*
 * Gold annotations: one JSON file per article (data/gold/<article basename>.json), read leniently
 * so users can write them by hand: a list may be a single string, participants may be names or
 * {name, role} objects, the alleger may be a name, a list of names or null (an unnamed source).
 */
import { z } from 'zod';

const names = z
  .union([z.string(), z.array(z.string()), z.null()])
  .optional()
  .transform((v) => (v == null ? [] : Array.isArray(v) ? v : [v]));
const participant = z.union([
  z.string().transform((name) => ({ name, role: 'actor' })),
  z
    .object({ name: z.string().optional(), entity: z.string().optional(), role: z.string().optional() })
    .transform((p) => ({
      name: p.name ?? p.entity ?? '',
      role: p.role ?? 'actor',
    })),
]);

export const goldSchema = z.object({
  entities: z
    .array(
      z.object({
        name: z.string(),
        type: z.string(),
        aliases: names,
        mentions: z.unknown().optional(),
      }),
    )
    .default([]),
  events: z
    .array(
      z.object({
        type: z.string().optional(),
        participants: z.array(participant).default([]),
        date: z.union([z.string(), z.null()]).optional(),
        place: z.union([z.string(), z.null()]).optional(),
        evidence: names,
      }),
    )
    .default([]),
  allegations: z
    .array(
      z.object({
        alleger: names,
        allegers: names,
        accused: names,
        claim: z.string().optional(),
        category: z.string().optional(),
        status: z.string().default('alleged'),
        deniedBy: names,
        evidence: names,
      }),
    )
    .default([]),
  relations: z
    .array(z.object({ source: z.string(), target: z.string(), type: z.string(), evidence: names }))
    .default([]),
});

export type Gold = z.infer<typeof goldSchema>;

/** Parses one gold file's JSON; throws a zod error naming the bad field. */
export function parseGold(json: unknown): Gold {
  return goldSchema.parse(json);
}
