/*
 * Compiler for data/gazetteer/allegations.yaml: the words of claims of wrongdoing (verbs that accuse, phrases whose
 * subject is accused or confirmed, unattributed claims, nouns for claims), of denials and confirmations, and the
 * category words of wrongdoing.
 */
import { addPhrase, emptyTable, lowerSet, tableOf, type PhraseTable } from './phrase-table.ts';
import { readGazetteer } from './gazetteer-file.ts';

export interface AllegationCues {
  /** Lemmas of verbs whose subject accuses their object ("accuse", "blame", "criticize"). */
  accuseVerbs: Set<string>;
  /** Words for the other side of a two-way accusation ("each other"), and verbs and nouns of trading claims. */
  reciprocals: PhraseTable<true>;
  tradeVerbs: Set<string>;
  tradedNouns: Set<string>;
  /** Lemmas of verbs of a verdict, which confirm a wrong against their object ("convicted Y of fraud"). */
  verdictVerbs: Set<string>;
  /** Lemmas of verbs of a finding, and the words of guilt after their object ("found Y guilty of"). */
  findingVerbs: Set<string>;
  guiltyWords: Set<string>;
  /** Lemmas of verbs that act against their object for a wrong ("charged Y with"), and the words before the wrong. */
  actionVerbs: Set<string>;
  actionWrongWords: PhraseTable<true>;
  /** Participles after an action's object that state its wrong whatever its words ("sued Y, alleging that ..."). */
  actionClaimWords: Set<string>;
  /** Lemmas of verbs of a penalty, which is for a wrong whether or not its words name one ("was fined over ..."). */
  penaltyVerbs: Set<string>;
  /** Nouns of action against the party after their preposition ("sanctions on Y for ...", "a probe into Y over ..."). */
  actionNouns: PhraseTable<true>;
  /** The prepositions after an action noun that introduce its party ("on", "against", "into", "for"). */
  actionNounPrepositions: Set<string>;
  /** Action nouns of a penalty, which is for a wrong whether or not its words name one ("fines on Y over its ads"). */
  penaltyNouns: Set<string>;
  /** Words for the organs of a state ("the government", "police"): the article's state where no party is named. */
  stateOrgans: PhraseTable<true>;
  /** For an organ word ("army", "police"), the words its body holds in its name ("armed forces", "police"). */
  organBodies: Map<string, string[]>;
  /** Lemmas of verbs that lay a wrong at the door of the party after "to" ("attributed the breach to Y"). */
  attributeVerbs: Set<string>;
  /** Lemmas of verbs that describe their object as something ("describe ... as", "portray ... as"). */
  describeVerbs: Set<string>;
  /** Words of support: a wrong they take as object is endorsed, not alleged. */
  endorsements: Set<string>;
  /** Lemmas of reporting verbs whose report is a claim whatever its words ("prosecutors allege that Y ..."). */
  claimVerbs: Set<string>;
  /** Reporting verbs that report only a clause opened by "that"; with an object they act on it ("charged him with"). */
  thatOnly: Set<string>;
  /** Words for sources whose reports are claims by their office ("prosecutors said Y ...", "the lawsuit says"). */
  accusingSources: Set<string>;
  /** Phrases after which the subject is the accused ("accused of", "charged with"). */
  accusedPhrases: PhraseTable<true>;
  /** Phrases that tie a party to a wrong ("was behind", "linked to", "ties to"), and words for the doers of wrongs. */
  linkPhrases: PhraseTable<true>;
  wrongdoers: PhraseTable<true>;
  /** Lemmas of verbs by which the subject confirms a wrong of its own ("admitted that it misled ..."). */
  admissionVerbs: Set<string>;
  /** Phrases by which the subject denies a claim against it ("pleaded not guilty"). */
  deniedPhrases: PhraseTable<true>;
  /** Lemmas of verbs that accuse their object when a word of blame follows it ("held Y responsible"), and the words. */
  holdVerbs: Set<string>;
  heldWords: Set<string>;
  /** Phrases that confirm the claim against their subject ("convicted of", "claimed responsibility"). */
  confirmedPhrases: PhraseTable<true>;
  /** Words that make a claim unattributed ("allegedly", "amid allegations"). */
  unattributed: PhraseTable<true>;
  /** Lemmas of verbs that press a party to do something, and of verbs of stopping: "urged X to stop arming Y". */
  pressVerbs: Set<string>;
  stopVerbs: Set<string>;
  /** Nouns for claims ("accusations", "the charges"). */
  claimNouns: Set<string>;
  denialVerbs: Set<string>;
  /** Words for lawyers in apposition to a name ("X, a lawyer for Y"), the words before their client, and for the client. */
  counselWords: PhraseTable<true>;
  counselFor: Set<string>;
  clientWords: Set<string>;
  /** Words for a party named only as the one accused ("the suspect", "the defendants"): whom the last claim accuses. */
  suspectWords: Set<string>;
  /** A party's negated answer to a claim: words of its own side as subject, negating subjects, and modals. */
  ownWords: Set<string>;
  noneWords: Set<string>;
  modals: Set<string>;
  /** Lemmas of verbs that deny only a claim noun they take as object ("disputed the findings"). */
  disputeVerbs: Set<string>;
  /** What a denial verb denies when it names no claim noun ("denied any wrongdoing", "rejected responsibility"). */
  deniedObjects: Set<string>;
  /** Phrases that deny by themselves ("it was not them"). */
  denialPhrases: PhraseTable<true>;
  /** Words for proceedings, which a word of dismissal calls false like a claim ("the case is fabricated"). */
  proceedings: Set<string>;
  /** Nouns for claims or proceedings that accuse the party after "against" ("the charges against Y"). */
  againstNouns: Set<string>;
  /** Words that call a claim false ("called the accusations baseless"). */
  dismissals: PhraseTable<true>;
  confirmationVerbs: Set<string>;
  negations: Set<string>;
  /** Weapons, and the verbs that move them: together an arms transfer. */
  weapons: PhraseTable<true>;
  transferVerbs: Set<string>;
  /** Phrases that hold a category word but name no wrongdoing ("the war on terrorism"). */
  notWrongdoing: PhraseTable<true>;
  /** Categories whose accused may be named only as a place. */
  accusedByPlace: Set<string>;
  /** Words of wrongdoing and their category. */
  categories: PhraseTable<string>;
}

type AllegationFile = Record<string, string[]> & {
  categories?: Record<string, string[]>;
  organBodies?: Record<string, string[]>;
};

/** The allegation cues and categories. */
export function compileAllegations(): AllegationCues {
  const data = readGazetteer<AllegationFile>('allegations.yaml', {});
  const categories = emptyTable<string>();
  for (const [category, words] of Object.entries(data.categories ?? {}))
    for (const w of words) {
      addPhrase(categories, w, category);
      // A noun's plural is the same wrong ("terrorist", "terrorists"); a verb's extra forms match nothing.
      for (const plural of pluralsOf(w)) addPhrase(categories, plural, category);
    }
  return {
    accuseVerbs: lowerSet(data.accuseVerbs),
    reciprocals: tableOf(data.reciprocals),
    tradeVerbs: lowerSet(data.tradeVerbs),
    tradedNouns: lowerSet(data.tradedNouns),
    verdictVerbs: lowerSet(data.verdictVerbs),
    findingVerbs: lowerSet(data.findingVerbs),
    guiltyWords: lowerSet(data.guiltyWords),
    attributeVerbs: lowerSet(data.attributeVerbs),
    actionVerbs: lowerSet(data.actionVerbs),
    actionWrongWords: tableOf(data.actionWrongWords),
    actionClaimWords: lowerSet(data.actionClaimWords),
    penaltyVerbs: lowerSet(data.penaltyVerbs),
    actionNouns: tableOf(data.actionNouns),
    actionNounPrepositions: lowerSet(data.actionNounPrepositions),
    penaltyNouns: lowerSet(data.penaltyNouns),
    stateOrgans: tableOf(data.stateOrgans),
    organBodies: new Map(
      Object.entries(data.organBodies ?? {}).map(([organ, words]) => [
        organ.toLowerCase(),
        words.map((w) => w.toLowerCase()),
      ]),
    ),
    describeVerbs: lowerSet(data.describeVerbs),
    endorsements: lowerSet(data.endorsements),
    accusedPhrases: tableOf(data.accusedPhrases),
    confirmedPhrases: tableOf(data.confirmedPhrases),
    deniedPhrases: tableOf(data.deniedPhrases),
    linkPhrases: tableOf(data.linkPhrases),
    wrongdoers: tableOf(data.wrongdoers),
    admissionVerbs: lowerSet(data.admissionVerbs),
    holdVerbs: lowerSet(data.holdVerbs),
    heldWords: lowerSet(data.heldWords),
    unattributed: tableOf(data.unattributed),
    pressVerbs: lowerSet(data.pressVerbs),
    stopVerbs: lowerSet(data.stopVerbs),
    claimNouns: lowerSet(data.claimNouns),
    claimVerbs: lowerSet(data.claimVerbs),
    thatOnly: lowerSet(data.thatOnly),
    accusingSources: lowerSet(data.accusingSources),
    denialVerbs: lowerSet(data.denialVerbs),
    counselWords: tableOf(data.counselWords),
    counselFor: lowerSet(data.counselFor),
    clientWords: lowerSet(data.clientWords),
    suspectWords: lowerSet(data.suspectWords),
    ownWords: lowerSet(data.ownWords),
    noneWords: lowerSet(data.noneWords),
    modals: lowerSet(data.modals),
    disputeVerbs: lowerSet(data.disputeVerbs),
    deniedObjects: lowerSet(data.deniedObjects),
    denialPhrases: tableOf(data.denialPhrases),
    dismissals: tableOf(data.dismissals),
    proceedings: lowerSet(data.proceedings),
    againstNouns: lowerSet(data.againstNouns),
    confirmationVerbs: lowerSet(data.confirmationVerbs),
    negations: lowerSet(data.negations),
    weapons: tableOf(data.weapons),
    transferVerbs: lowerSet(data.transferVerbs),
    notWrongdoing: tableOf(data.notWrongdoing),
    accusedByPlace: new Set(data.accusedByPlace ?? []),
    categories,
  };
}

/** The plural of a phrase's last word ("spy" gives "spies", "war crime" gives "war crimes"). */
function pluralsOf(phrase: string): string[] {
  if (!/^[a-z -]+$/.test(phrase) || /(?:s|ed|ing|ly)$/.test(phrase)) return [];
  if (/[^aeiou]y$/.test(phrase)) return [`${phrase.slice(0, -1)}ies`];
  return [/(?:x|ch|sh)$/.test(phrase) ? `${phrase}es` : `${phrase}s`];
}
