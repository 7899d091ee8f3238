/*
 * Runs of capitalised words that may make one name: "Kim Jong Un", "Armed Forces of the Philippines",
 * "Abdel Fattah al-Burhan", "Intermediate People's Court". A run stops at punctuation, a possessive name, a
 * gazetteer name or a title. Connectors ("of", "of the") join words only after an organisation head or a place
 * word that opens a name ("Ministry of ...", "Gulf of ..."), and "and" before a final organisation head
 * ("Justice and Equality Movement"); name particles ("al-", "von der") join people's names. A nickname in
 * quotes between two names stays inside ('Yeganeh "Yegi" Salehi').
 */
import { isInitial, type Token } from '../tokenize.ts';
import { brokenBetween, gazetteerAt, titleMatch, type SentenceScan } from './sentence-scan.ts';

/** Reads a run of capitalised words from i; returns its end (exclusive), or i when there is none. */
export function readChunk(scan: SentenceScan, i: number): number {
  const { tokens, text, knowledge } = scan;
  const { lexicon } = knowledge;
  const opensName = (t: Token): boolean => lexicon.organisationHeads.has(t.norm) || lexicon.placeOpeners.has(t.norm);
  let j = i;
  let lastGood = i;
  let firstConnector = -1;
  let headBeforeConnector = false;
  // "Southern African Development Community": a compass word opening a body's name, whose demonym stays inside.
  const compassBody = compassOpensBody(scan, i);
  while (j < tokens.length) {
    const t = tokens[j]!;
    // A possessive ends a name, unless it is a common word inside one ("People's Court").
    const inside =
      j > i && tokens[j - 1]!.possessive && t.cap && knowledge.classifyWord(tokens[j - 1]!.norm) === 'common';
    if (j > i && tokens[j - 1]!.possessive && !inside) break;
    // "Procter & Gamble", "Vandeputte & Claes": an ampersand between capitalised words joins one name.
    const ampersand = j > i && t.cap && /^\s*&\s*$/.test(text.slice(tokens[j - 1]!.end, t.start));
    const joined = inside || ampersand || nickname(scan, j) || nickname(scan, j - 1);
    if (j > i && brokenBetween(text, tokens[j - 1]!, t) && !joined) break;
    if (j > i && t.hyphenBefore && !t.cap && j - i >= 2) {
      j++;
      lastGood = j;
      continue;
    }
    if (t.cap && /^\p{L}/u.test(t.text)) {
      if (j > i) {
        const g = gazetteerAt(scan, j);
        const afterConnector = lexicon.nameConnectors.has(tokens[j - 1]!.norm);
        if (g && g.value.kind !== 'capital' && !afterConnector && !(compassBody && g.value.kind === 'demonym')) {
          // "Sunrise Aluminium Vietnam": a state's name closing a company name after its head word.
          if (stateClosesName(scan, j, g)) lastGood = j + g.length;
          break;
        }
        const title = afterConnector ? undefined : titleMatch(scan, j);
        if (
          title &&
          !closesBodyName(scan, j, title.length, headBeforeConnector && firstConnector !== -1) &&
          !possessiveBeforeHead(scan, j + title.length - 1)
        )
          break;
      }
      if (lexicon.notNames.has(t.norm) && j === i && !compassBody && !isInitial(t)) break;
      if (firstConnector === -1 && opensName(t)) headBeforeConnector = true;
      j++;
      lastGood = j;
      continue;
    }
    // Connectors ("of", "of the") and name particles ("al-", "von der") followed by a capitalised word.
    if (j > i && lexicon.nameConnectors.has(t.norm) && !t.cap) {
      let k = j;
      while (
        k < j + 2 &&
        tokens[k] &&
        !tokens[k]!.cap &&
        lexicon.nameConnectors.has(tokens[k]!.norm) &&
        !brokenBetween(text, tokens[k - 1]!, tokens[k]!)
      )
        k++;
      const following = tokens[k];
      // "Acme Pharmaceuticals on Tuesday": a weekday, month or other word that starts no name ends it.
      // "the Bureau of Canada and Chilean regulators": a people's adjective after "and" starts another phrase.
      const adjective = tokens[k - 1]!.norm === 'and' && gazetteerAt(scan, k)?.value.kind === 'demonym';
      const startsName = following !== undefined && !lexicon.notNames.has(following.norm) && !adjective;
      if (k > j && following?.cap && startsName && !brokenBetween(text, tokens[k - 1]!, following)) {
        const particles = tokens.slice(j, k).every((x) => lexicon.nameParticles.has(x.norm));
        if (firstConnector === -1 && !particles) firstConnector = j;
        j = k;
        continue;
      }
    }
    break;
  }
  // "Dong Metalworks and Sunrise Steel": a name complete at its head word before "and" is one of two names.
  // "Securities and Exchange Commission": a lone head word before "and" is no name of its own.
  if (headBeforeConnector && tokens[firstConnector]?.norm === 'and' && firstConnector - i > 1) return firstConnector;
  if (firstConnector === -1 || headBeforeConnector) return lastGood;
  // "Daniel Orwell and Kestrel Holdings": a person's name (a first name and more) before "and" is a name of its own.
  if (
    tokens[firstConnector]!.norm === 'and' &&
    firstConnector - i > 1 &&
    knowledge.classifyWord(tokens[i]!.norm) === 'person'
  )
    return firstConnector;
  // "Justice and Equality Movement": "and" before a final organisation head.
  const andOnly = tokens.slice(firstConnector, lastGood).every((x) => x.cap || x.norm === 'and');
  const headLast = lexicon.organisationHeads.has(tokens[lastGood - 1]!.norm);
  return (andOnly || commonWordOfBody(scan, i, firstConnector)) && headLast ? lastGood : firstConnector;
}

/**
 * "House of Commons", "Chamber of the Deputies' Union": one common word, then "of" (or "of the"), then words ending in
 * an organisation head make one body's name (a person's name before "of" stays apart: "Ann Lee of Acme Holdings").
 */
function commonWordOfBody(scan: SentenceScan, i: number, connector: number): boolean {
  const { tokens, knowledge } = scan;
  return (
    connector === i + 1 && tokens[connector]!.norm === 'of' && knowledge.classifyWord(tokens[i]!.norm) === 'common'
  );
}

/**
 * "Office of the US Trade Representative": a title word closing the run of a body's name opened by its head and a
 * connector is part of the name (not before another name: "Ministry of Defence Spokesman Ana Ruiz").
 */
function closesBodyName(scan: SentenceScan, j: number, length: number, inBodyName: boolean): boolean {
  const after = scan.tokens[j + length];
  return inBodyName && (!after || !after.cap || brokenBetween(scan.text, scan.tokens[j + length - 1]!, after));
}

/**
 * "Sunrise Aluminium Vietnam", "Halden Motors Kenya", "Rugby Australia": the gazetteer match at j is a state's name
 * right after an organisation head word or a sport opening the run, and the run ends with it (no possessive, no capitalised word after it).
 */
function stateClosesName(scan: SentenceScan, j: number, g: NonNullable<ReturnType<typeof gazetteerAt>>): boolean {
  const { tokens, text, knowledge } = scan;
  if (g.value.entry.type !== 'State' || g.value.kind !== 'name') return false;
  const before = tokens[j - 1]!;
  // "Athletics Kenya", "Rugby Australia": a sport before a state's name is its governing body.
  const sport = knowledge.lexicon.sports.has(before.norm) && (j === 1 || !tokens[j - 2]!.cap);
  if (!knowledge.lexicon.organisationHeads.has(before.norm) && !sport) return false;
  const last = tokens[j + g.length - 1]!;
  const after = tokens[j + g.length];
  // "Athletics Kenya's president": a sport's body may own what follows; a company's name ends before a possessive state.
  return (sport || !last.possessive) && (!after || !after.cap || brokenBetween(text, last, after));
}

/** "Kelvindale Magistrates' Court": a possessive word (here a title's) right before an organisation head is inside the name. */
function possessiveBeforeHead(scan: SentenceScan, k: number): boolean {
  const { tokens, knowledge } = scan;
  const after = tokens[k + 1];
  return (
    tokens[k]!.possessive && after !== undefined && after.cap && knowledge.lexicon.organisationHeads.has(after.norm)
  );
}

/** How many capitalised words after a compass word are read for an organisation head. */
const COMPASS_BODY_REACH = 4;

/**
 * "Southern African Development Community", "West Africa Power Pool": a compass word opens the name of a body when
 * the capitalised words right after it hold an organisation head.
 */
function compassOpensBody(scan: SentenceScan, i: number): boolean {
  const { tokens, text, knowledge } = scan;
  if (!knowledge.lexicon.compassWords.has(tokens[i]!.norm)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + COMPASS_BODY_REACH); k++) {
    const t = tokens[k]!;
    if (!t.cap || brokenBetween(text, tokens[k - 1]!, t)) return false;
    if (knowledge.lexicon.organisationHeads.has(t.norm)) return true;
    if (t.possessive) return false;
  }
  return false;
}

/** 'Yeganeh "Yegi" Salehi': token j is a one-word nickname in quotes between two capitalised words. */
function nickname(scan: SentenceScan, j: number): boolean {
  const { tokens, text } = scan;
  const before = tokens[j - 1];
  const word = tokens[j];
  const after = tokens[j + 1];
  if (!before || !word || !after || !word.cap || !after.cap || !before.cap) return false;
  return /^\s*["“]$/.test(text.slice(before.end, word.start)) && /^["”]\s+$/.test(text.slice(word.end, after.start));
}

/** "Athletics Kenya", "Cricket Australia": the run [first, end) is a sport, then a state's name closing it. */
export function bodyOfState(scan: SentenceScan, first: number, end: number): boolean {
  if (end - first < 2 || !scan.knowledge.lexicon.sports.has(scan.tokens[first]!.norm)) return false;
  const g = gazetteerAt(scan, first + 1);
  return g !== undefined && first + 1 + g.length === end && stateClosesName(scan, first + 1, g);
}
