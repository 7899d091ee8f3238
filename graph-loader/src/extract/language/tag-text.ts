/*
 * Parts of speech and lemmas, from wink-nlp and its English lite model (MIT), run once per article with
 * only the tagger in its pipeline. wink's tokens are aligned to ours by character offset: each of our tokens
 * takes the tag and lemma of the wink token it starts in.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from '../tokenize.ts';

/** Universal Dependencies coarse tags, as wink gives them. */
export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/** wink's tokens of a text: where each starts and ends, its tag and its lemma. */
export interface TaggedText {
  starts: number[];
  ends: number[];
  pos: Pos[];
  lemmas: string[];
}

/** Each of our tokens' tag and lemma (lower case). */
export interface TokenTags {
  pos: Pos[];
  lemmas: string[];
}

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | undefined;

function tagger(): Wink {
  wink ??= winkNLP(model, ['pos']);
  return wink;
}

/** Tags a whole text. */
export function tagText(text: string): TaggedText {
  const nlp = tagger();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as Pos[];
  // wink types the lemma function with the model's add-ons; at run time it is an ordinary token property.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.pos) as string[];
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    starts.push(offset);
    offset += values[i]!.length;
    ends.push(offset);
  }
  return { starts, ends, pos, lemmas };
}

/** Tags for our tokens of a sentence that starts at `offset` in the tagged text. */
export function tagsFor(tokens: Token[], offset: number, tagged: TaggedText | undefined): TokenTags {
  const pos: Pos[] = [];
  const lemmas: string[] = [];
  if (!tagged) {
    for (const t of tokens) {
      pos.push('X');
      lemmas.push(t.norm);
    }
    return { pos, lemmas };
  }
  let w = lowerBound(tagged.ends, offset + (tokens[0]?.start ?? 0) + 1);
  for (const t of tokens) {
    const at = offset + t.start;
    while (w < tagged.starts.length - 1 && tagged.ends[w]! <= at) w++;
    const inside = tagged.starts[w]! <= at && at < tagged.ends[w]!;
    pos.push(inside ? tagged.pos[w]! : 'X');
    lemmas.push(inside && tagged.starts[w] === at ? tagged.lemmas[w]!.toLowerCase() : t.norm);
  }
  return { pos, lemmas };
}

/** First index whose value is >= x in an ascending array. */
function lowerBound(values: number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, Math.max(0, values.length - 1));
}
