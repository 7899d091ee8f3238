import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, parseViewState, serializeViewState, type ViewState } from './utils.ts';

const view: ViewState = {
  nodes: ['state:ru', 'state:kp', 'event:a&b c/d'],
  selected: 'state:ru',
  selectedEdge: 'CO_MENTIONED:state:kp->state:ru',
  filters: {
    kinds: ['State', 'Event'],
    relTypes: ['CO_MENTIONED'],
    from: '2024-01-01',
    to: '2024-12',
    statuses: ['alleged'],
    minArticles: 2,
  },
  pinned: ['state:ru'],
  hidden: ['state:kp'],
  sizeBy: 'degree',
};

describe('URL state', () => {
  it('should read back exactly what it wrote', () => {
    expect(parseViewState(`?${serializeViewState(view)}`)).toEqual(view);
  });

  it('should keep keys with ampersands, spaces, slashes and colons intact', () => {
    const text = serializeViewState(view);
    expect(parseViewState(text).nodes).toContain('event:a&b c/d');
  });

  it('should open a link whose commas were re-encoded', () => {
    const url = new URL('http://x/');
    url.searchParams.set('n', 'state:ru,state:kp');
    expect(url.search).toContain('%2C');
    expect(parseViewState(url.search).nodes).toEqual(['state:ru', 'state:kp']);
  });

  it('should write nothing for the empty view and read it back', () => {
    expect(serializeViewState(EMPTY_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(EMPTY_VIEW);
  });

  it('should drop malformed values instead of failing', () => {
    const state = parseViewState('?n=a,b&sel=%E0%A4%A&from=yesterday&min=-3&kinds=State,%3Cscript%3E&pin=zzz');
    expect(state.nodes).toEqual(['a', 'b']);
    expect(state.selected).toBeNull();
    expect(state.filters.from).toBeNull();
    expect(state.filters.minArticles).toBe(0);
    expect(state.filters.kinds).toEqual(['State']);
    expect(state.pinned).toEqual([]);
  });
});
