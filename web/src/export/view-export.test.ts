/* What an export of the view holds, its request, and the SVG of it, over a tiny view graph, without sigma. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '#model/filters.ts';
import { visibleElements } from '../core/filters/utils.ts';
import { createViewGraph, mergeSubgraph, setHidden } from '../core/view/graph.ts';
import type { ViewGraph } from '../core/view/types.ts';
import { dispositionFileName, exportRequest, scopeRequest } from './export-options.ts';
import { viewContents, viewToSvg, viewViz } from './view-export.ts';

function tinyView(): ViewGraph {
  const graph = createViewGraph();
  const state = (key: string, name: string) => ({
    key,
    labels: ['Entity', 'State', 'Actor'],
    properties: { id: key, name },
  });
  mergeSubgraph(
    graph,
    {
      nodes: [state('state:ru', 'Russia'), state('state:kp', 'N. Korea <DPRK> & "co"'), state('state:xx', 'Hidden')],
      edges: [
        { key: 'a', type: 'COOPERATES_WITH', source: 'state:ru', target: 'state:kp', properties: { articleCount: 1 } },
        { key: 'b', type: 'CO_MENTIONED', source: 'state:kp', target: 'state:ru', properties: { articleCount: 2 } },
        { key: 'c', type: 'CO_MENTIONED', source: 'state:ru', target: 'state:xx', properties: {} },
      ],
    },
    { mode: 'add' },
  );
  graph.mergeNodeAttributes('state:ru', { x: 0, y: 0 });
  graph.mergeNodeAttributes('state:kp', { x: 10, y: 5 });
  setHidden(graph, ['state:xx'], true);
  return graph;
}

describe('the contents of a view export', () => {
  it('should hold the shown nodes and edges, co-mentions in or out by one option', () => {
    const graph = tinyView();
    const visibility = visibleElements(graph, DEFAULT_FILTERS);
    expect(viewContents(graph, visibility, true)).toEqual({
      nodes: ['state:ru', 'state:kp'],
      edges: ['COOPERATES_WITH:state:ru->state:kp', 'CO_MENTIONED:state:kp->state:ru'],
    });
    expect(viewContents(graph, visibility, false).edges).toEqual(['COOPERATES_WITH:state:ru->state:kp']);
    const filtered = visibleElements(graph, { ...DEFAULT_FILTERS, relTypes: ['CO_MENTIONED'] });
    expect(viewContents(graph, filtered, true).edges).toEqual(['CO_MENTIONED:state:kp->state:ru']);
  });

  it('should ask the server for exactly those keys, with the view’s positions', () => {
    const graph = tinyView();
    const view = viewContents(graph, visibleElements(graph, DEFAULT_FILTERS), false);
    const scope = scopeRequest('view', { view, selection: [], depth: 1, query: null });
    expect(scope).toEqual({ kind: 'view', keys: view.nodes, edges: view.edges });
    const request = exportRequest('graphml', scope as Exclude<typeof scope, { problem: string }>, {
      coMentions: false,
      withEvidence: false,
      viz: viewViz(graph, view.nodes),
    });
    expect(request.coMentions).toBe(false);
    expect(request.viz?.['state:kp']).toMatchObject({ x: 10, y: 5 });
  });

  it('should say why a scope cannot be exported', () => {
    const empty = { view: { nodes: [], edges: [] }, selection: [], depth: 1, query: null };
    expect(scopeRequest('view', empty)).toEqual({ problem: expect.stringMatching(/view is empty/) });
    expect(scopeRequest('query', empty)).toEqual({ problem: expect.stringMatching(/Run a query/) });
    expect(scopeRequest('node', { ...empty, selection: ['state:ru'], depth: 2 })).toEqual({
      kind: 'node',
      id: 'state:ru',
      depth: 2,
    });
  });
});

describe('the SVG of a view', () => {
  it('should draw exactly the exported nodes and edges, parallel edges curved, labels escaped', () => {
    const graph = tinyView();
    const view = viewContents(graph, visibleElements(graph, DEFAULT_FILTERS), true);
    const svg = viewToSvg(graph, null, view);
    expect(svg.startsWith('<svg')).toBe(true);
    expect([...svg.matchAll(/<circle data-key="([^"]+)"/g)].map((m) => m[1])).toEqual(view.nodes);
    const edgeKeys = [...svg.matchAll(/<(?:line|path) data-key="([^"]+)"/g)].map((m) => m[1]!.replace(/&gt;/g, '>'));
    expect(edgeKeys).toEqual(view.edges);
    expect(svg.match(/<path data-key/g)).toHaveLength(2);
    expect(svg).toContain('N. Korea &lt;DPRK&gt; &amp; &quot;co&quot;');
  });

  it('should read the download name', () => {
    expect(dispositionFileName('attachment; filename="newsgraph-view-2026-11-24.gexf"')).toBe(
      'newsgraph-view-2026-11-24.gexf',
    );
    expect(dispositionFileName(null)).toBeNull();
  });
});
