/* Word classes from compromise's lexicon (MIT): first names, cities and common words, for typing unknown names. */
import nlp from 'compromise';

export type LexiconClass = 'person' | 'place' | 'organisation' | 'demonym' | 'common';

const PERSON_TAGS = ['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person', 'Honorific'];
const PLACE_TAGS = ['City', 'Country', 'Region', 'Place'];
const ORG_TAGS = ['Organization', 'SportsTeam'];

/** compromise's lexicon class of a lower-case word, if it knows it. */
export function compromiseClassifier(): (word: string) => LexiconClass | undefined {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one
    .lexicon;
  const classify = (word: string): LexiconClass | undefined => {
    const raw = lexicon[word];
    if (raw === undefined) return undefined;
    const tags = Array.isArray(raw) ? raw : [raw];
    if (tags.some((t) => PERSON_TAGS.includes(t))) return 'person';
    if (tags.some((t) => PLACE_TAGS.includes(t))) return 'place';
    if (tags.some((t) => ORG_TAGS.includes(t))) return 'organisation';
    if (tags.includes('Demonym')) return 'demonym';
    if (tags.every((t) => t === 'ProperNoun')) return undefined;
    return 'common';
  };
  // Nouns for people the lexicon lacks, made from a word it knows: "protesters" (protest), "villagers" (village).
  return (word) => {
    const known = classify(word);
    if (known !== undefined) return known;
    const agent = /^(\p{L}{3,}?)(?:e?rs|ors|ists|ians|ants|ents)$/u.exec(word);
    if (!agent) return undefined;
    for (const base of [agent[1]!, `${agent[1]!}e`]) if (classify(base) === 'common') return 'common';
    return undefined;
  };
}
