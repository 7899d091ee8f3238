/*
 * Runs of capitalised words that may make one name: "Kim Jong Un", "Armed Forces of the Philippines",
 * "Abdel Fattah al-Burhan". A run stops at punctuation, a possessive, a gazetteer name or a title; connectors
 * ("of", "of the") join words only inside organisation names, name particles ("al-", "von der") inside people's.
 */
import { brokenBetween, gazetteerAt, titleMatch, type SentenceScan } from './sentence-scan.ts';

/** Reads a run of capitalised words from i; returns its end (exclusive), or i when there is none. */
export function readChunk(scan: SentenceScan, i: number): number {
  const { tokens, text } = scan;
  const { lexicon } = scan.knowledge;
  let j = i;
  let lastGood = i;
  let firstConnector = -1;
  let orgHead = false;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (j > i && brokenBetween(text, tokens[j - 1]!, t)) break;
    if (j > i && tokens[j - 1]!.possessive) break;
    if (j > i && t.hyphenBefore && !t.cap && j - i >= 2) {
      j++;
      lastGood = j;
      continue;
    }
    if (t.cap && /^\p{L}/u.test(t.text)) {
      if (j > i) {
        const g = gazetteerAt(scan, j);
        const afterConnector = lexicon.nameConnectors.has(tokens[j - 1]!.norm);
        if (g && g.value.kind !== 'capital' && !afterConnector) break;
        if (titleMatch(scan, j) && !afterConnector) break;
      }
      if (lexicon.notNames.has(t.norm) && j === i) break;
      if (j > i && lexicon.organisationHeads.has(t.norm)) orgHead = true;
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
      if (k > j && following?.cap && !brokenBetween(text, tokens[k - 1]!, following)) {
        const particles = tokens.slice(j, k).every((x) => lexicon.nameParticles.has(x.norm));
        if (firstConnector === -1 && !particles) firstConnector = j;
        if (lexicon.organisationHeads.has(tokens[j - 1]!.norm)) orgHead = true;
        j = k;
        continue;
      }
    }
    break;
  }
  // Connectors ("of", "and") only join the words of an organisation's name.
  return firstConnector !== -1 && !orgHead ? firstConnector : lastGood;
}
