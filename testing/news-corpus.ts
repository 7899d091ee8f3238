/*
 * A seeded generator of short news articles for tests (text of our own, made from templates): states,
 * organisations and invented people who meet, visit, sign agreements, accuse each other and deny it,
 * so that every loader stage has work. The same seed always writes the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../model/random.ts';

export { seededRandom };

const STATES = [
  'France',
  'Germany',
  'Chile',
  'Peru',
  'Kenya',
  'Ghana',
  'Norway',
  'Japan',
  'Canada',
  'Brazil',
  'Egypt',
  'Poland',
];
const CAPITALS = [
  'Paris',
  'Berlin',
  'Santiago',
  'Lima',
  'Nairobi',
  'Accra',
  'Oslo',
  'Tokyo',
  'Ottawa',
  'Brasilia',
  'Cairo',
  'Warsaw',
];
const ORGANISATIONS = [
  'the United Nations',
  'NATO',
  'the European Union',
  'the African Union',
  'the IMF',
  'the World Health Organization',
];
const GIVEN = ['Marta', 'Jonas', 'Amara', 'Kenji', 'Lucia', 'Tomasz', 'Nadia', 'Pedro', 'Ingrid', 'Kwame'];
const FAMILY = ['Alvarez', 'Brandt', 'Okafor', 'Tanaka', 'Moreau', 'Nowak', 'Haddad', 'Silva', 'Larsen', 'Mensah'];
const ROLES = ['Foreign Minister', 'Defence Minister', 'President', 'Prime Minister'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const WRONGS = ['arms smuggling', 'election interference', 'cyber attacks', 'corruption', 'espionage'];

function sentences(pick: <T>(list: readonly T[]) => T): string[] {
  const [a, b] = [pick(STATES), pick(STATES)];
  const person = `${pick(GIVEN)} ${pick(FAMILY)}`;
  const role = pick(ROLES);
  const day = pick(WEEKDAYS);
  const templates = [
    `${role} ${person} of ${a} visited ${pick(CAPITALS)} on ${day}.`,
    `Officials from ${a} met their counterparts from ${b} in ${pick(CAPITALS)} on ${day}.`,
    `${a} and ${b} signed a trade agreement on ${day}.`,
    `${a} accused ${b} of ${pick(WRONGS)} on ${day}.`,
    `${b} denied the accusations and called them baseless.`,
    `${pick(ORGANISATIONS)} called on ${a} and ${b} to resume talks.`,
    `${person}, the ${role} of ${b}, said the talks would continue.`,
    `Delegates met in ${pick(CAPITALS)} to discuss trade, energy and security.`,
  ];
  return Array.from({ length: 4 }, () => pick(templates));
}

/** Writes `count` articles (header text files) into `folder`, numbered from `first`; returns their paths. */
export function writeNewsCorpus(
  folder: string,
  count: number,
  options: { seed?: number; first?: number } = {},
): string[] {
  mkdirSync(folder, { recursive: true });
  const first = options.first ?? 0;
  const files: string[] = [];
  for (let i = first; i < first + count; i++) {
    // Each article has its own seed, so article i is the same whatever range is written.
    const random = seededRandom((options.seed ?? 1) * 1_000_003 + i);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const month = String((i % 12) + 1).padStart(2, '0');
    const body = [sentences(pick).join(' '), sentences(pick).join(' '), `This is report number ${i}.`].join('\n\n');
    const file = path.join(folder, `report-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, `Title: Report ${i}\nSource: Test Wire\nDate: 2024-${month}-15\n\n${body}\n`);
    files.push(file);
  }
  return files;
}
