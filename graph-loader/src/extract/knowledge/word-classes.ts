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
  return (word) => {
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
}
