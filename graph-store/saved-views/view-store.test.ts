import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '#model/errors.ts';
import { loadView, saveView, viewId } from './view-store.ts';

describe('saved views', () => {
  it('should keep a view under a short id and give it back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-views-'));
    const view = 'n=state%3Aru,state%3Akp&pos=1,2,3,4&cam=0.5,0.5,1,0';
    const id = saveView(view, dir);
    expect(id).toMatch(/^[a-z0-9]{10}$/);
    expect(loadView(id, dir)).toBe(view);
  });

  it('should give the same view the same id and one file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-views-'));
    expect(saveView('n=a', dir)).toBe(saveView('n=a', dir));
    expect(saveView('n=b', dir)).not.toBe(viewId('n=a'));
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('should name an unknown or malformed id', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-views-'));
    expect(() => loadView('zzzzzz0000', dir)).toThrow(NotFoundError);
    expect(() => loadView('../../etc/passwd', dir)).toThrow(/no saved view has the id/);
  });
});
