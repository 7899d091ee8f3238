/*
 * Same or different: the analyst's decisions about entities the extractor got wrong, kept as rules
 * in a data file (data/decisions/entity-rules.yaml by default) that the loader applies on every
 * load and the server applies to the graph at once.
 *   merge  two entities are one: `from` joins `into` (its name becomes an alias, its mentions and
 *          facts move over);
 *   split  an alias of `entity` names someone else: the mentions written that way, and the facts
 *          stated only in those words, go to the entity `into` (made if need be).
 * Pure types and helpers, shared by the loader, the server and the browser.
 */
import type { EntityType } from './graph-model.ts';

export interface EntityRef {
  id: string;
  name: string;
}

interface RuleBase {
  /** Unique, sortable by time: `merge-20240625T101500Z-ab12`. */
  id: string;
  /** Who decided: the name given in the explorer, else the server's user. */
  decidedBy: string;
  /** ISO timestamp. */
  decidedAt: string;
  note?: string;
}

export interface MergeRule extends RuleBase {
  action: 'merge';
  from: EntityRef;
  into: EntityRef & { type: EntityType };
}

export interface SplitRule extends RuleBase {
  action: 'split';
  entity: EntityRef;
  /** The words (an alias of `entity`) that name someone else; matched ignoring case. */
  alias: string;
  into: EntityRef & { type: EntityType };
}

export type EntityRule = MergeRule | SplitRule;

/** A rule that was undone: kept for the record, no longer applied. */
export type UndoneRule = EntityRule & { undoneBy: string; undoneAt: string };

/** GET /api/decisions. */
export interface DecisionsResponse {
  /** Where the rules are kept (as the server shows paths). */
  file: string;
  rules: EntityRule[];
  undone: UndoneRule[];
  /** Rules in the file that could not be used, one line each. */
  problems: string[];
}

/** POST /api/decisions: what the analyst decided. */
export type DecisionInput =
  | { action: 'merge'; from: string; into: string; by?: string; note?: string }
  | { action: 'split'; entity: string; alias: string; name?: string; type?: EntityType; by?: string; note?: string };

/** One line saying what a rule does: "“Kim” merged into “Kim Jong Un”". */
export function describeRule(rule: EntityRule): string {
  return rule.action === 'merge'
    ? `“${rule.from.name}” merged into “${rule.into.name}”`
    : `“${rule.alias}” split off “${rule.entity.name}” as “${rule.into.name}” (${rule.into.type})`;
}

/** Whether two surface forms are the same words, ignoring case and spacing. */
export function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}
