/*
 * The names people read for Events and Allegations, built in one place: "Putin–Kim meeting,
 * 19 Jun 2024", "Kim's message to Putin, 12 Jun 2023", "Arms transfer claim against Russia and North
 * Korea". The loader writes them as the nodes' `label`; the explorer, search and exports show that
 * label. Never an internal name ("military_operation:"). Pure, no dependencies.
 */

/** A party as the name needs it: its canonical name, entity type, aliases, and its role in the event. */
export interface NamedParty {
  name: string;
  /** Person, State, Organisation or Place. */
  kind: string;
  aliases?: readonly string[];
  /** actor, recipient, target, participant, ... (events only). */
  role?: string;
}

export interface NamedEvent {
  /** The event type, e.g. "military_operation". */
  type: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null. */
  date: string | null;
  datePrecision?: 'day' | 'month' | 'year' | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const KIND_RANK: Record<string, number> = { Person: 0, State: 1, Organisation: 2, Place: 3 };
/** How a role's parties are introduced after the event noun. */
const ROLE_WORDS: Record<string, string> = { recipient: 'to', target: 'against' };
const MOST_NAMED = 3;

/** A type or category as words: "military_operation" → "military operation". */
export function typeWords(type: string): string {
  return type.replace(/[_-]+/g, ' ').trim().toLowerCase();
}

/**
 * The short name a party goes by: for a person, the alias that is one word of their name ("Putin",
 * "Kim"); for a state or organisation with a long name, an acronym alias ("KCNA"); else the name.
 */
export function shortName(party: NamedParty): string {
  const aliases = party.aliases ?? [];
  if (party.kind === 'Person') {
    const words = party.name.split(/\s+/);
    return aliases.find((a) => !/\s/.test(a) && words.includes(a)) ?? party.name;
  }
  if (party.name.length > 14) {
    const acronym = aliases.find((a) => /^[A-Z]{2,6}$/.test(a.replace(/\./g, '')));
    if (acronym) return acronym;
  }
  return party.name;
}

/** "19 Jun 2024", "Jun 2024", "2024", or null for no date. */
export function readableDate(date: string | null | undefined, precision?: NamedEvent['datePrecision']): string | null {
  if (!date) return null;
  const [year, month, day] = date.split('-');
  if (!/^\d{4}$/.test(year ?? '')) return date;
  const monthName = month && precision !== 'year' ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year!;
  if (day && precision !== 'month') return `${Number(day)} ${monthName} ${year}`;
  return `${monthName} ${year}`;
}

/** Distinct short names, people first, then states, organisations and places; "+N" past the third. */
function nameList(parties: NamedParty[], joiner: string): string {
  const names: string[] = [];
  const ranked = parties
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (KIND_RANK[a.p.kind] ?? 9) - (KIND_RANK[b.p.kind] ?? 9) || a.i - b.i);
  for (const { p } of ranked) {
    const name = shortName(p);
    if (!names.includes(name)) names.push(name);
  }
  if (names.length > MOST_NAMED)
    return `${names.slice(0, MOST_NAMED).join(joiner === '–' ? '–' : ', ')} +${names.length - MOST_NAMED}`;
  if (joiner === '–' || names.length < 3) return names.join(joiner);
  return `${names.slice(0, -1).join(', ')}${joiner}${names.at(-1)}`;
}

/**
 * An event's name: who did it, what, to or against whom, and when. Actors and participants are
 * joined by an en dash ("Putin–Kim meeting"); a single person speaks in the possessive ("Kim's
 * message to Putin"); recipients follow "to", targets "against". Undated events say so.
 */
export function eventName(event: NamedEvent, parties: NamedParty[]): string {
  const noun = typeWords(event.type) || 'event';
  const actors = parties.filter((p) => p.role === 'actor' || p.role === 'participant' || !p.role);
  const others = parties.filter((p) => !actors.includes(p));
  const doers = actors.length > 0 ? actors : others;
  let core = noun;
  if (doers.length > 0) {
    const who = nameList(doers, '–');
    core = doers.length === 1 && doers[0]!.kind === 'Person' ? `${who}’s ${noun}` : `${who} ${noun}`;
  }
  if (actors.length > 0) {
    const byRole = new Map<string, NamedParty[]>();
    for (const p of others) byRole.set(p.role ?? '', [...(byRole.get(p.role ?? '') ?? []), p]);
    for (const [role, group] of byRole) core += ` ${ROLE_WORDS[role] ?? 'with'} ${nameList(group, ' and ')}`;
  }
  const when = readableDate(event.date, event.datePrecision);
  return when ? `${core}, ${when}` : `${core} (undated)`;
}

/**
 * An allegation's name: its category, who makes it and whom it targets ("Arms transfer claim by the
 * United States against Russia and North Korea"). Naming the allegers keeps two claims of one kind
 * against the same party apart on screen.
 */
export function allegationName(category: string, accused: NamedParty[], allegers: NamedParty[] = []): string {
  const words = typeWords(category) || 'allegation';
  let name = `${words.charAt(0).toUpperCase()}${words.slice(1)} claim`;
  if (allegers.length > 0) name += ` by ${nameList(allegers, ' and ')}`;
  return accused.length > 0 ? `${name} against ${nameList(accused, ' and ')}` : name;
}
