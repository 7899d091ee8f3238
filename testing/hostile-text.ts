/*
 * fast-check arbitraries for hostile and malformed input (tests only): random Unicode, control and
 * bidirectional characters, right-to-left text, emoji, news-like words the extractor reacts to,
 * markup carrying scripts and frames, and JSON of every shape.
 */
import fc from 'fast-check';

/** Characters that terminals, parsers or the display treat specially. */
export const CONTROL_PIECES = [
  '\u0000',
  '\u0007',
  '\u0008',
  '\u001b[2J',
  '\u001b]0;title\u0007',
  '\u007f',
  '\u0085',
  '\u009b31m',
  '\r',
  '\r\n',
  '\n',
  '\n\n\n',
  '\t',
  '\u000b',
  '\u000c',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\u0301',
  '\u00a0',
];
const RTL_PIECES = ['مرحبا بالعالم', 'وزير الخارجية', 'שלום עולם', 'ראש הממשלה', 'سلام'];
const EMOJI_PIECES = ['😀', '👩‍👩‍👧', '🇫🇷', '🏳️‍🌈', '🔥🔥🔥'];
/** Words and punctuation that make the extractor find mentions, events and allegations. */
const NEWS_PIECES = [
  'France',
  'Russia',
  'Germany',
  'China',
  'Vladimir Putin',
  'Emmanuel Macron',
  'NATO',
  'the United Nations',
  'Paris',
  'Moscow',
  'accused',
  'denied',
  'met',
  'visited',
  'said',
  'on Monday',
  'in 2024',
  'the president of',
  'Gen.',
  'U.S.',
  'Dr.',
  '.',
  '. ',
  ', ',
  '!',
  '?',
  '"',
  '“',
  '”',
  '—',
  ' and ',
  ' ',
];
const MARKUP_PIECES = [
  '<script>window.__x=1</script>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">link</a>',
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&#0;',
  '&#x202e;',
  '<style>p{}</style>',
  '<',
  '>',
  '</',
  '<svg><script>1</script></svg>',
];

/** A piece of hostile text: random code points, or one of the special pieces above. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROL_PIECES) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL_PIECES) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI_PIECES) },
  { weight: 5, arbitrary: fc.constantFrom(...NEWS_PIECES) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP_PIECES) },
);

/** Hostile text of up to `maxPieces` pieces. */
export function hostileText(maxPieces = 60): fc.Arbitrary<string> {
  return fc.array(hostilePiece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));
}

/** News-like text with hostile bits in it (mostly words the extractor reads). */
export function newsLikeText(maxPieces = 120): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...NEWS_PIECES) }, { weight: 1, arbitrary: hostilePiece }),
      {
        maxLength: maxPieces,
      },
    )
    .map((pieces) => pieces.join(''));
}

/** An HTML page: hostile paragraphs between scripts, frames and styles, optionally nested deep (closed or not). */
export const hostilePage: fc.Arbitrary<{ html: string; depth: number }> = fc
  .record({
    paragraphs: fc.array(newsLikeText(30), { maxLength: 6 }),
    depth: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 90, max: 6000 })),
    closed: fc.boolean(),
    title: hostileText(8),
  })
  .map(({ paragraphs, depth, closed, title }) => {
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const body = paragraphs.map((p) => `<p>${escape(p)}</p><script>window.__leak="SCRIPT-TEXT"</script>`).join('');
    const html =
      `<html><head><title>${escape(title)}</title><style>.x{}</style></head><body>` +
      '<div>'.repeat(depth) +
      `<iframe srcdoc="FRAME-TEXT"></iframe><noscript>NOSCRIPT-TEXT</noscript>${body}` +
      (closed ? '</div>'.repeat(depth) : '') +
      '</body></html>';
    return { html, depth };
  });

/** A JSON record of an article with fields of every type, or any JSON value at all. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      text: fc.oneof(newsLikeText(40), fc.jsonValue()),
      title: fc.oneof(hostileText(8), fc.jsonValue()),
      source: fc.oneof(hostileText(8), fc.jsonValue()),
      url: fc.oneof(fc.webUrl(), hostileText(4), fc.jsonValue()),
      date: fc.oneof(
        fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'not a date' : d.toISOString())),
        hostileText(4),
        fc.jsonValue(),
      ),
    },
    { requiredKeys: [] },
  ),
);
