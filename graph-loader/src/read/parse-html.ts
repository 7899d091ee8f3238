/*
 * HTML pages into article text. linkedom builds the DOM and Readability finds the article in it.
 * Readability's work grows faster than the page (minutes for 5,000 nested elements, and a stack
 * overflow past that), so a page nested deeper than MAX_MARKUP_DEPTH or holding more than
 * MAX_HTML_ELEMENTS elements skips it: its visible text is read instead, by an iterative walk that
 * never recurses, and the reader says so in a warning. Scripts, styles and frames are never text.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

/** Deeper markup than this is read as plain visible text (real pages stay well under 60). */
export const MAX_MARKUP_DEPTH = 100;
/** Pages with more elements than this are read as plain visible text. */
export const MAX_HTML_ELEMENTS = 20_000;

export interface HtmlArticle {
  title: string | null;
  source: string | null;
  url: string | null;
  publishedTime: string | null;
  text: string;
  warnings: string[];
}

/** Element names whose content is never article text. */
const NOT_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'HEAD',
  'SELECT',
  'BUTTON',
]);
/** Element names that end a paragraph. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** The part of a DOM node the walkers read (linkedom's nodes, typed loosely). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The deepest element nesting under `root` and the number of elements, counted without recursion. */
export function markupShape(root: DomNode): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    if (node.nodeType !== ELEMENT_NODE && level > 0) continue;
    if (level > 0) elements++;
    if (level > depth) depth = level;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++)
      if (children[i]!.nodeType === ELEMENT_NODE) stack.push([children[i]!, level + 1]);
  }
  return { depth, elements };
}

/** The visible text under `root`: paragraphs separated by blank lines, white space collapsed. Iterative. */
export function visibleText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const endParagraph = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  // Entries are nodes to visit, or null marking the end of a block element.
  const stack: (DomNode | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      endParagraph();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (NOT_TEXT.has(name)) continue;
    if (BLOCKS.has(name)) {
      endParagraph();
      stack.push(null);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  endParagraph();
  return paragraphs.join('\n\n');
}

/** Readability's article, rebuilt as text with a blank line between blocks; null when it finds none. */
function readabilityText(document: Document): { text: string; title: string | null; siteName: string | null } | null {
  const parsed = new Readability(document, { charThreshold: 100 }).parse();
  if (!parsed?.content) return null;
  const { document: body } = parseHTML(`<html><body>${parsed.content}</body></html>`);
  const blocks = [...body.querySelectorAll('h1,h2,h3,h4,p,li,blockquote,pre')]
    .filter((el) => !el.querySelector('p,li'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.length > 0 ? blocks.join('\n\n') : (parsed.textContent ?? '').trim();
  return { text, title: parsed.title?.trim() || null, siteName: parsed.siteName?.trim() || null };
}

/** Reads an HTML page: its article text and metadata, and warnings when limits applied. Never recurses on the page's depth. */
export function parseHtmlPage(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = (selector: string): string | null =>
    document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const metadata = {
    title: meta('meta[property="og:title"]'),
    source: meta('meta[property="og:site_name"]'),
    url:
      meta('meta[property="og:url"]') ??
      document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ??
      null,
    publishedTime: meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]'),
  };
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const warnings: string[] = [];
  const shape = markupShape(document as unknown as DomNode);
  let article: ReturnType<typeof readabilityText> = null;
  if (shape.depth > MAX_MARKUP_DEPTH) {
    warnings.push(
      `markup nested ${shape.depth} deep, over the limit of ${MAX_MARKUP_DEPTH}: read as the page's plain text`,
    );
  } else if (shape.elements > MAX_HTML_ELEMENTS) {
    warnings.push(
      `${shape.elements} HTML elements, over the limit of ${MAX_HTML_ELEMENTS}: read as the page's plain text`,
    );
  } else if (document.documentElement) {
    try {
      article = readabilityText(document as unknown as Document);
    } catch (error) {
      warnings.push(
        `article detection failed (${(error as Error).message.split('\n')[0]}): read as the page's plain text`,
      );
    }
  }
  const root = document.documentElement ? (document.body ?? document.documentElement) : document;
  const text = article?.text || visibleText(root as unknown as DomNode);
  return {
    ...metadata,
    title: metadata.title ?? article?.title ?? pageTitle,
    source: metadata.source ?? article?.siteName ?? null,
    text,
    warnings,
  };
}
