/*
 * Seeded generator of news articles over the synthetic world (news-world.ts): each article has a
 * headline, an outlet and a date, a dateline, and 14-26 sentences about a few actors: meetings,
 * visits, agreements, sanctions, strikes and missile tests; accusations with their denials and
 * confirmations; quotes; and reporting frames ("according to", "state media reported"). People are
 * introduced with their title and named by surname afterwards. Popular states and people recur, as in
 * a year of coverage of one region. Written as header-text files into a folder (never committed).
 *
 * Run alone: `npx tsx bench/generate/news-corpus.ts <folder> <count> [seed]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom, type Random } from '../lib/random.ts';
import { buildWorld, type World, type WorldPerson, type WorldState } from './news-world.ts';

const OFFENCES = [
  'arms smuggling',
  'supplying weapons to armed groups',
  'war crimes',
  'election interference',
  'cyber attacks on government networks',
  'sanctions violations',
  'corruption',
  'espionage',
  'human rights abuses',
  'shelling civilian areas',
];
const TOPICS = [
  'grain exports',
  'energy supplies',
  'border security',
  'a prisoner exchange',
  'nuclear talks',
  'fishing rights',
  'refugee returns',
  'a ceasefire',
  'debt relief',
  'arms control',
];
const QUALIFIERS = ['baseless', 'a provocation', 'absurd', 'politically motivated', 'a fabrication', 'irresponsible'];
const FRAMES = [
  'intelligence reports',
  'satellite images',
  'leaked documents',
  'witness accounts',
  'a United Nations panel',
  'shipping records',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface Scene {
  random: Random;
  world: World;
  date: Date;
  /** People already named in full in this article (later named by surname). */
  introduced: Set<WorldPerson>;
}

function full(scene: Scene, person: WorldPerson): string {
  if (scene.introduced.has(person)) return person.last;
  scene.introduced.add(person);
  const owner = person.state ? `${person.state.demonym} ` : person.organisation ? `${person.organisation.short} ` : '';
  return `${owner}${person.title} ${person.first} ${person.last}`;
}

function longDate(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
}

function place(state: WorldState): string {
  return state.capital ?? state.name;
}

function personOf(scene: Scene, state: WorldState): WorldPerson {
  const { random, world } = scene;
  for (let tries = 0; tries < 30; tries++) {
    const person = world.people[random.skewed(world.people.length, 1.6)]!;
    if (person.state === state) return person;
  }
  return world.people.find((p) => p.state === state) ?? world.people[0]!;
}

/** Sentences about two states `a` and `b`; each template is one kind of news fact. */
const TEMPLATES: ((s: Scene, a: WorldState, b: WorldState) => string)[] = [
  (s, a, b) =>
    `${full(s, personOf(s, a))} met ${full(s, personOf(s, b))} in ${place(b)} on ${s.random.pick(WEEKDAYS)} to discuss ${s.random.pick(TOPICS)}.`,
  (s, a, b) => `${full(s, personOf(s, a))} travelled to ${b.name} on ${longDate(s.date)} for two days of talks.`,
  (s, a, b) => `${a.name} and ${b.name} signed an agreement on ${s.random.pick(TOPICS)} after months of negotiations.`,
  (s, a, b) =>
    `${a.name} imposed sanctions on ${2 + s.random.int(30)} ${b.demonym} companies it said had helped the military.`,
  (s, a, b) => `${a.name} accused ${b.name} of ${s.random.pick(OFFENCES)}, citing ${s.random.pick(FRAMES)}.`,
  (s, a, b) =>
    `${full(s, personOf(s, a))} accused ${b.name} of ${s.random.pick(OFFENCES)} in a statement on ${s.random.pick(WEEKDAYS)}.`,
  (s, _a, b) => `${full(s, personOf(s, b))} denied the accusations, calling them ${s.random.pick(QUALIFIERS)}.`,
  (_s, _a, b) => `${b.name} rejected the allegations and said it would respond to any new measures.`,
  (s, a, _b) => `Officials in ${place(a)} confirmed the report on ${longDate(s.date)}.`,
  (s, a, b) => `"We will not accept threats from ${b.name}," ${full(s, personOf(s, a))} told reporters in ${place(a)}.`,
  (s, a, _b) => `"Our position has not changed," ${full(s, personOf(s, a))} said.`,
  (s, a, b) =>
    `According to ${s.random.pick(s.world.outlets)}, ${a.demonym} forces shelled positions near the border with ${b.name} overnight.`,
  (s, a, _b) =>
    `${a.name} fired a ballistic missile into the sea on ${longDate(s.date)}, the defence ministry of a neighbouring state said.`,
  (s, a, b) =>
    `State media in ${a.name} reported that ${full(s, personOf(s, a))} had warned ${b.name} against further provocations.`,
  (s, a, b) =>
    `${s.world.organisations[s.random.skewed(s.world.organisations.length)]!.name} called on ${a.name} and ${b.name} to return to talks.`,
  (_s, a, b) => `${a.name} condemned the strike on ${place(b)} as a violation of international law.`,
  (_s, a, b) => `${a.name} pledged further military aid to ${b.name}, including air defence systems.`,
  (s, a, b) => `${a.name} has been accused of ${s.random.pick(OFFENCES)} by ${b.name} and several of its allies.`,
  (s, a, _b) =>
    `Analysts said the move reflected growing pressure on ${a.name} at home and across ${s.random.pick(s.world.regions)}.`,
  (s, a, b) =>
    `Trade between ${a.name} and ${b.name} fell by ${3 + s.random.int(40)} percent last year, according to customs data.`,
  (s, a, b) => `${full(s, personOf(s, a))} praised ${b.name} for its support during the crisis.`,
  (s, a, b) => `${a.demonym} troops were deployed to the border with ${b.name} in ${MONTHS[s.random.int(12)]}.`,
];

const HEADLINES: ((a: WorldState, b: WorldState, r: Random) => string)[] = [
  (a, b) => `${a.name} and ${b.name} hold talks as tensions rise`,
  (a, b, r) => `${a.name} accuses ${b.name} of ${r.pick(OFFENCES)}`,
  (a, b) => `${b.name} denies ${a.demonym} claims`,
  (a, b) => `${a.name} sanctions ${b.demonym} firms`,
  (a, b) => `${a.demonym} leader visits ${b.name}`,
];

/** One article's text (header-text format), deterministic in (world, seed, index). */
export function generateArticle(world: World, seed: number, index: number): string {
  const random = seededRandom(seed * 1_000_003 + index);
  const day = random.int(365 * 3);
  const date = new Date(Date.UTC(2023, 0, 1) + day * 86_400_000);
  const scene: Scene = { random, world, date, introduced: new Set() };
  const a = world.states[random.skewed(world.states.length, 2.5)]!;
  let b = world.states[random.skewed(world.states.length, 1.8)]!;
  if (b === a) b = world.states[(world.states.indexOf(a) + 1 + random.int(20)) % world.states.length]!;
  const c = world.states[random.skewed(world.states.length, 1.5)]!;
  const count = 14 + random.int(13);
  const sentences: string[] = [
    `${place(a).toUpperCase()}, ${longDate(date)} - ${TEMPLATES[random.int(6)]!(scene, a, b)}`,
  ];
  for (let i = 1; i < count; i++) {
    const [x, y] = random.chance(0.75) ? (random.chance(0.7) ? [a, b] : [b, a]) : [c, random.chance(0.5) ? a : b];
    sentences.push(random.pick(TEMPLATES)(scene, x, y));
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length;) {
    const size = 1 + random.int(3);
    paragraphs.push(sentences.slice(i, i + size).join(' '));
    i += size;
  }
  const header = [
    `Title: ${random.pick(HEADLINES)(a, b, random)}`,
    `Source: ${world.outlets[random.skewed(world.outlets.length)]}`,
    `Date: ${date.toISOString().slice(0, 10)}`,
  ];
  return `${header.join('\n')}\n\n${paragraphs.join('\n\n')}\n`;
}

/** Writes `count` articles into `folder` (created); returns the bytes written. */
export function writeCorpus(folder: string, count: number, seed = 11, start = 0): number {
  mkdirSync(folder, { recursive: true });
  const world = buildWorld(seed);
  let bytes = 0;
  for (let i = start; i < start + count; i++) {
    const text = generateArticle(world, seed, i);
    writeFileSync(path.join(folder, `article-${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [folder, count, seed] = process.argv.slice(2);
  if (!folder || !count) {
    process.stderr.write('usage: news-corpus.ts <folder> <count> [seed]\n');
    process.exitCode = 2;
  } else {
    const bytes = writeCorpus(folder, Number(count), Number(seed ?? 11));
    process.stdout.write(`${count} articles, ${(bytes / 1024).toFixed(0)} KB in ${folder}\n`);
  }
}
