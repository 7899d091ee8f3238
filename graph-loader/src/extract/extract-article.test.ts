import { describe, expect, it } from 'vitest';
import { extractionDocumentSchema } from '../contract.ts';
import { extractTexts } from './test-helpers.ts';

describe('events', () => {
  it('should extract a visit with its actor, recipient, place and a date resolved against the publication date', () => {
    const doc = extractTexts('Chinese President Xi Jinping visited Serbia on Tuesday.');
    const visit = doc.events.find((e) => e.type === 'visit');
    expect(visit?.participants).toEqual([
      { entity: 'person:xi-jinping', role: 'actor' },
      { entity: 'state:rs', role: 'recipient' },
      // The state he leads takes part with him.
      { entity: 'state:cn', role: 'actor' },
    ]);
    expect(visit?.place).toBe('state:rs');
    expect([visit?.date, visit?.datePrecision]).toEqual(['2024-06-25', 'day']);
    expect(visit?.plover).toBe('CONSULT');
    expect(visit?.evidence[0]?.text).toBe('Chinese President Xi Jinping visited Serbia on Tuesday.');
  });

  it('should take the coordinated subject as actors and the objects as targets', () => {
    const doc = extractTexts('The United States, Japan and Australia condemned China over the drills.');
    const condemnation = doc.events.find((e) => e.type === 'condemnation');
    expect(condemnation?.participants.filter((p) => p.role === 'actor').map((p) => p.entity)).toEqual([
      'state:us',
      'state:jp',
      'state:au',
    ]);
    expect(condemnation?.participants.find((p) => p.entity === 'state:cn')?.role).toBe('target');
  });

  it('should merge one event reported by two articles into one event with both sentences', () => {
    const doc = extractTexts(
      'Israel launched airstrikes on Lebanon in March 2024.',
      'In March 2024, Israel launched airstrikes on Lebanon, officials said.',
    );
    const strikes = doc.events.filter((e) => e.type === 'strike');
    expect(strikes).toHaveLength(1);
    expect(strikes[0]?.evidence).toHaveLength(2);
    expect([strikes[0]?.date, strikes[0]?.datePrecision]).toEqual(['2024-03', 'month']);
  });

  it('should skip triggers inside quotations and after modals', () => {
    const doc = extractTexts('Iran said it "could strike" Israel at any time.');
    expect(doc.events.filter((e) => e.type === 'strike')).toEqual([]);
  });
});

describe('allegations', () => {
  it('should record who accuses whom, and mark it denied by the accused', () => {
    const doc = extractTexts(
      'Britain accused Iran of supplying drones to Russia. Tehran and Moscow have denied the arms transfers.',
    );
    const allegation = doc.allegations[0];
    expect(allegation?.category).toBe('arms transfer');
    expect(allegation?.allegers).toEqual(['state:gb']);
    expect(allegation?.accused).toContain('state:ir');
    expect(allegation?.deniedBy.sort()).toEqual(['state:ir', 'state:ru']);
    expect(allegation?.status).toBe('denied');
  });

  it('should keep an unnamed source as an empty allegers list with a description', () => {
    const doc = extractTexts('Belarus is believed to be supplying ammunition to Russia.');
    expect(doc.allegations[0]).toMatchObject({ allegers: [], allegerDescription: 'is believed to', status: 'alleged' });
    expect(doc.allegations[0]?.accused).toContain('state:by');
  });

  it('should merge the same allegation across articles', () => {
    const doc = extractTexts(
      'Ukraine accused Russia of war crimes in Bucha.',
      'Kyiv has again accused Moscow of war crimes.',
    );
    expect(doc.allegations).toHaveLength(1);
    expect(doc.allegations[0]?.evidence.map((e) => e.sentence)).toEqual([0, 0]);
  });
});

describe('relations', () => {
  it('should read membership from "a permanent member of the UN Security Council"', () => {
    const doc = extractTexts('As a permanent member of the UN Security Council, China blocked the resolution.');
    expect(doc.relations.map((r) => [r.type, r.source, r.target])).toContainEqual([
      'MEMBER_OF',
      'state:cn',
      'org:un-security-council',
    ]);
  });

  it('should read an alliance between two states', () => {
    const doc = extractTexts('The pact deepened the alliance between Russia and Belarus.');
    expect(doc.relations.map((r) => [r.type, r.source, r.target])).toContainEqual([
      'ALLIED_WITH',
      'state:by',
      'state:ru',
    ]);
  });
});

describe('bad input', () => {
  it('should survive a 10,000-word sentence with no punctuation, in linear time, with a warning', () => {
    const words = Array.from({ length: 10_000 }, (_, i) =>
      i % 50 === 0 ? 'Russia' : i % 7 === 0 ? 'accused' : 'word',
    );
    const started = performance.now();
    const doc = extractTexts(words.join(' '));
    // A bound for a blow-up (work quadratic in the words or mentions takes minutes here), not a speed figure: a
    // tight one failed on a busy machine.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(doc.warnings?.some((w) => /sentence of 10000 words/.test(w.message))).toBe(true);
    expect(() => extractionDocumentSchema.parse(doc)).not.toThrow();
  });

  it('should warn on a text with no entities', () => {
    const doc = extractTexts('it rained all day and nobody went out.');
    expect(doc.entities).toEqual([]);
    expect(doc.warnings?.map((w) => w.message)).toContain('no entities found');
  });

  it('should warn on non-English text', () => {
    const doc = extractTexts(
      'Der Bundestag hat am Dienstag über die Waffenlieferungen abgestimmt, und die Regierung wird morgen entscheiden, ob sie weitere Hilfe schickt oder nicht.',
    );
    expect(doc.warnings?.some((w) => /does not look like English/.test(w.message))).toBe(true);
    const cyrillic = extractTexts(
      'Президент России заявил во вторник, что переговоры продолжатся на следующей неделе в Москве.',
    );
    expect(cyrillic.warnings?.some((w) => /does not look like English/.test(w.message))).toBe(true);
  });

  it('should keep Unicode quotes and dashes verbatim in evidence', () => {
    const text = 'Japan’s prime minister condemned the “reckless” launch—the third this year—by North Korea.';
    const doc = extractTexts(text);
    expect(entity(doc, 'state:jp')).toBeDefined();
    expect(doc.events.flatMap((e) => e.evidence.map((x) => x.text))).toContain(text);
  });

  it('should produce a document the contract schema accepts', () => {
    const doc = extractTexts('Russian President Vladimir Putin met Kim Jong Un in Pyongyang on June 19, 2024.');
    expect(() => extractionDocumentSchema.parse(doc)).not.toThrow();
    expect(doc.extractor.name).toBe('newsgraph-rules');
  });
});

function entity(doc: ReturnType<typeof extractTexts>, id: string) {
  return doc.entities.find((e) => e.id === id);
}
