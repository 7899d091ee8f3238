/*
 * The Export menu's choices and what they mean, pure: the formats (the model's one list: data
 * formats made by the server, images of the view made in the browser), the scopes, and the one
 * request a data export sends for a scope, so that every format of a scope holds the same nodes and
 * edges, co-mentions in or out by one option.
 */
import type { ExportRequest, ExportScopeRequest } from '#model/api-types.ts';
import type { AnyFormat } from '#model/export/formats.ts';
import type { NodeViz } from '#model/export/types.ts';
import type { ViewContents } from './view-export.ts';

export type MenuFormat = AnyFormat;
export type MenuScope = 'view' | 'selection' | 'node' | 'query' | 'all';

export const MENU_SCOPES: { value: MenuScope; label: string }[] = [
  { value: 'view', label: 'Current view' },
  { value: 'selection', label: 'Selection' },
  { value: 'node', label: 'Neighbourhood of the selected node' },
  { value: 'query', label: 'Last query result' },
  { value: 'all', label: 'Everything' },
];

/** A query just run in the Queries panel: what to call it, and how to run it again for an export. */
export interface QueryRun {
  title: string;
  scope: Extract<ExportScopeRequest, { kind: 'query' | 'cypher' }>;
}

export interface ScopeInputs {
  /** What the view shows (viewContents). */
  view: ViewContents;
  selection: string[];
  depth: number;
  query: QueryRun | null;
}

/** The scope a menu choice stands for, or the reason it cannot be exported. */
export function scopeRequest(scope: MenuScope, inputs: ScopeInputs): ExportScopeRequest | { problem: string } {
  switch (scope) {
    case 'view':
      if (inputs.view.nodes.length === 0) return { problem: 'The view is empty: there is nothing to export.' };
      return { kind: 'view', keys: inputs.view.nodes, edges: inputs.view.edges };
    case 'selection':
      if (inputs.selection.length === 0) return { problem: 'Nothing is selected: select a node first.' };
      return { kind: 'selection', keys: inputs.selection };
    case 'node':
      if (!inputs.selection[0]) return { problem: 'Select the node whose neighbourhood to export.' };
      return { kind: 'node', id: inputs.selection[0], depth: inputs.depth };
    case 'query':
      if (!inputs.query) return { problem: 'Run a query in the Queries panel first.' };
      return inputs.query.scope;
    case 'all':
      return { kind: 'all' };
  }
}

/** The request of a data export: the scope, the one co-mentions option, evidence, and the view's drawing. */
export function exportRequest(
  format: string,
  scope: ExportScopeRequest,
  options: { coMentions: boolean; withEvidence: boolean; viz?: Record<string, NodeViz> },
): ExportRequest {
  return {
    format,
    scope,
    coMentions: options.coMentions,
    withEvidence: options.withEvidence,
    ...(options.viz && { viz: options.viz }),
  };
}

/** The file name in a Content-Disposition header, if any. */
export function dispositionFileName(header: string | null): string | null {
  const match = header ? /filename="([^"]+)"/.exec(header) : null;
  return match ? match[1]! : null;
}
