/* The view's own exports (GEXF with viz, SVG) over a tiny view graph, without sigma. */
import { beforeAll, describe, expect, it } from 'vitest';
import Graph, { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { checkGexf13 } from '#model/export/gexf-check.ts';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from '../core/view/types.ts';
import { dispositionFileName, madeInBrowser, parseParamLines } from './export-options.ts';
import type * as ViewExport from './view-export.ts';

// graphology-gexf's browser build names DOMParser when it loads; the writer used here never calls it.
let view: typeof ViewExport;
beforeAll(async () => {
  const g = globalThis as Record<string, unknown>;
  g.DOMParser ??= class {};
  g.Document ??= class {};
  view = await import('./view-export.ts');
});

function tinyView(): ViewGraph {
  const graph: ViewGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: true });
  const node = (
    key: string,
    x: number,
    y: number,
    labels: string[],
    properties: Record<string, unknown>,
    hidden = false,
  ) =>
    graph.addNode(key, {
      x,
      y,
      size: 8,
      color: '#4e79a7',
      label: String(properties.name),
      kind: labels.at(-1)!,
      labels,
      properties,
      hidden,
    });
  node('state:ru', 0, 0, ['Entity', 'State', 'Actor'], {
    id: 'state:ru',
    name: 'Russia',
    aliases: ['Russian'],
    mentionCount: 48,
  });
  node('state:kp', 10, 5, ['Entity', 'State', 'Actor'], {
    id: 'state:kp',
    name: 'North Korea <DPRK> & "friends"',
    mentionCount: 30,
  });
  node('state:xx', 3, 3, ['Entity', 'State', 'Actor'], { id: 'state:xx', name: 'Hidden' }, true);
  graph.addEdgeWithKey('e1', 'state:ru', 'state:kp', {
    type: 'COOPERATES_WITH',
    label: 'cooperates with',
    size: 2,
    color: '#999',
    properties: { articleIds: ['a1'], articleCount: 1 },
  });
  return graph;
}

describe('view exports', () => {
  it('should write the shown part of the view as GEXF 1.3 with positions, colours and sizes, readable back', () => {
    const xml = view.viewToGexf(tinyView(), null);
    expect(checkGexf13(xml)).toEqual([]);
    expect(xml).toContain('version="1.3"');
    expect(xml).toMatch(/<viz:position x="10" y="5"/);
    expect(xml).toMatch(/<viz:color r="78" g="121" b="167"/);
    expect(xml).toMatch(/<viz:size value="8"/);
    const back = parse(MultiDirectedGraph, xml);
    expect(back.nodes().sort()).toEqual(['state:kp', 'state:ru']);
    expect(back.getNodeAttributes('state:ru')).toMatchObject({
      labels: ['Entity', 'State', 'Actor'],
      name: 'Russia',
      aliases: ['Russian'],
      mentionCount: 48,
      x: 0,
      size: 8,
    });
    expect(back.size).toBe(1);
    expect(back.getEdgeAttributes(back.edges()[0])).toMatchObject({ type: 'COOPERATES_WITH', articleIds: ['a1'] });
  });

  it('should draw the shown nodes as an SVG with escaped labels', () => {
    const svg = view.viewToSvg(tinyView(), null);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('North Korea &lt;DPRK&gt; &amp; &quot;friends&quot;');
  });

  it('should send the view keys and their positions for server-side exports', () => {
    const graph = tinyView();
    expect(view.viewKeys(graph, null).sort()).toEqual(['state:kp', 'state:ru']);
    expect(view.viewViz(graph, null)['state:kp']).toEqual({ x: 10, y: 5, size: 8, color: '#4e79a7' });
  });
});

describe('export menu options', () => {
  it('should make images and the plain view GEXF in the browser, the rest on the server', () => {
    expect(madeInBrowser('png', 'view', false)).toBe(true);
    expect(madeInBrowser('gexf', 'view', false)).toBe(true);
    expect(madeInBrowser('gexf', 'view', true)).toBe(false);
    expect(madeInBrowser('gexf', 'selection', false)).toBe(false);
    expect(madeInBrowser('csv', 'view', false)).toBe(false);
  });

  it('should read parameters and the download name', () => {
    expect(parseParamLines('actor=state:ru\ndepth = 2')).toEqual({ actor: 'state:ru', depth: '2' });
    expect(dispositionFileName('attachment; filename="newsgraph-view-2026-11-24.gexf"')).toBe(
      'newsgraph-view-2026-11-24.gexf',
    );
    expect(dispositionFileName(null)).toBeNull();
  });
});
