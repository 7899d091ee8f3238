/*
 * Compiler for data/gazetteer/events.yaml: the event taxonomy (each type with its PLOVER type and CAMEO
 * code, the role of the participants named after the trigger, and the relation it implies between actor
 * and object) and its trigger words: verbs (regular forms added here), irregular forms, nouns and verb phrases.
 */
import type { RelationType } from '../../contract.ts';
import { normaliseToken } from '../tokenize.ts';
import { addPhrase, emptyTable, type PhraseTable } from './phrase-table.ts';
import { readGazetteer } from './gazetteer-file.ts';

export interface EventTypeInfo {
  type: string;
  category: string;
  plover: string;
  cameo: string;
  objectRole: string;
  /** The relation the event implies from its actors to its objects ("ATTACKS"), if any. */
  relation?: RelationType;
  /** Category of the allegation when a third party says it was done ("war crimes"), if the act is a wrongdoing. */
  wrongdoing?: string;
  /** The role of a name right before a noun trigger ("Navalny's arrest": target); actor by default. */
  possessor: string;
  /** Verbs whose subject a noun trigger of this type can be, taking its objects as its own ("the raid killed X"). */
  subjectVerbs?: Set<string>;
}

export interface TriggerInfo {
  eventType: string;
  /** Verb triggers are skipped after "to" and modals ("could strike"); noun triggers are not. */
  isVerb: boolean;
  /** Words that, right before the trigger, mean it names no event ("evade sanctions"). */
  notAfter?: Set<string>;
  /** A verb phrase ("called on", "imposed sanctions"): its subject is found like a verb's. */
  verbal?: boolean;
  /** A weapon ("missiles", "a drone"): an event only as the subject or agent of a verb of `subjectVerbs`. */
  instrument?: boolean;
}

interface EventRecord {
  category: string;
  plover: string;
  cameo: string | number;
  verbs?: string[];
  forms?: string[];
  nouns?: string[];
  phrases?: string[];
  objectRole?: string;
  relation?: RelationType;
  wrongdoing?: string;
  possessor?: string;
  notAfter?: string[];
  subjectVerbs?: string[];
  instruments?: string[];
}

/** Regular English verb forms of a base form: -s, -ed, -ing (with the usual spelling changes). */
export function verbForms(base: string): string[] {
  const words = base.split(' ');
  const head = words[0]!;
  const rest = words.slice(1).join(' ');
  const forms = new Set<string>([head]);
  if (/[^aeiou]y$/.test(head)) {
    forms
      .add(`${head.slice(0, -1)}ies`)
      .add(`${head.slice(0, -1)}ied`)
      .add(`${head}ing`);
  } else if (/e$/.test(head)) {
    forms
      .add(`${head}s`)
      .add(`${head}d`)
      .add(`${head.slice(0, -1)}ing`);
  } else if (/(s|sh|ch|x|z|o)$/.test(head)) {
    forms.add(`${head}es`).add(`${head}ed`).add(`${head}ing`);
  } else {
    forms.add(`${head}s`).add(`${head}ed`).add(`${head}ing`);
    // Doubling after a short stressed syllable: "ban" -> "banned" (kept alongside the plain form).
    if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(head)) forms.add(`${head}${head.at(-1)}ed`).add(`${head}${head.at(-1)}ing`);
  }
  return [...forms].map((f) => (rest ? `${f} ${rest}` : f));
}

/** The event types and the trigger table. */
export function compileEvents(): { eventTypes: Map<string, EventTypeInfo>; triggers: PhraseTable<TriggerInfo> } {
  const eventTypes = new Map<string, EventTypeInfo>();
  const triggers = emptyTable<TriggerInfo>();
  for (const [type, record] of Object.entries(readGazetteer<Record<string, EventRecord>>('events.yaml', {}))) {
    eventTypes.set(type, {
      type,
      category: record.category,
      plover: record.plover,
      cameo: String(record.cameo),
      objectRole: record.objectRole ?? 'recipient',
      possessor: record.possessor ?? 'actor',
      ...(record.relation && { relation: record.relation }),
      ...(record.wrongdoing && { wrongdoing: record.wrongdoing }),
      ...(record.subjectVerbs && { subjectVerbs: new Set(record.subjectVerbs.flatMap(verbForms)) }),
    });
    const notAfter = record.notAfter ? new Set(record.notAfter.map((w) => normaliseToken(w))) : undefined;
    const info = (isVerb: boolean, verbal = isVerb): TriggerInfo => ({
      eventType: type,
      isVerb,
      ...(verbal && { verbal }),
      ...(notAfter && { notAfter }),
    });
    for (const phrase of record.phrases ?? []) addPhrase(triggers, phrase, info(false, true));
    for (const noun of record.nouns ?? []) addPhrase(triggers, noun, info(false));
    for (const verb of record.verbs ?? []) for (const form of verbForms(verb)) addPhrase(triggers, form, info(true));
    for (const form of record.forms ?? []) addPhrase(triggers, form, info(true));
    for (const noun of record.instruments ?? []) addPhrase(triggers, noun, { ...info(false), instrument: true });
  }
  return { eventTypes, triggers };
}
