/*
 * Gold annotations of the shared real-news dev set (../shared/devset/gold/NAME.json; schema in its README):
 * entities with a mention count, events with plain participant names, allegations with one alleger (or null)
 * and an optional denial sentence, relations. Read with zod so a bad file names its field.
 */
import { z } from 'zod';

const devGoldSchema = z.object({
  article: z.string().optional(),
  entities: z
    .array(
      z.object({
        name: z.string(),
        type: z.string(),
        aliases: z.array(z.string()).default([]),
        mentions: z.number().int().nonnegative().default(1),
        demonyms: z.array(z.string()).optional(),
      }),
    )
    .default([]),
  events: z
    .array(
      z.object({
        type: z.string(),
        participants: z.array(z.string()).default([]),
        date: z.string().nullable().optional(),
        place: z.string().nullable().optional(),
        evidence: z.string(),
      }),
    )
    .default([]),
  allegations: z
    .array(
      z.object({
        alleger: z.string().nullable(),
        coAllegers: z.array(z.string()).optional(),
        accused: z.array(z.string()).default([]),
        claim: z.string(),
        status: z.string(),
        deniedBy: z.array(z.string()).default([]),
        evidence: z.string(),
        denialEvidence: z
          .string()
          .nullable()
          .optional()
          .transform((v) => v ?? undefined),
      }),
    )
    .default([]),
  relations: z
    .array(z.object({ source: z.string(), target: z.string(), type: z.string(), evidence: z.string().optional() }))
    .default([]),
});

export type DevGold = z.infer<typeof devGoldSchema>;

/** Parses one dev-set gold file's JSON; throws a zod error naming the bad field. */
export function parseDevGold(json: unknown): DevGold {
  return devGoldSchema.parse(json);
}

/** True when a gold file follows the dev set's schema (mention counts, not mention lists). */
export function isDevGold(json: unknown): boolean {
  const entities = (json as { entities?: { mentions?: unknown }[] } | null)?.entities;
  return Array.isArray(entities) && entities.some((e) => typeof e.mentions === 'number');
}
