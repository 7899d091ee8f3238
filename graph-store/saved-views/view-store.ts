/*
 * Saved views: an explorer view too long for a link (its nodes, positions, camera, filters, …, as the
 * query string the explorer writes, web/src/core/url-state) kept on this server under a short id, so
 * the link holds only `?view=<id>`. Stored like the saved queries, as files in the state folder:
 * <state dir>/saved-views/<id>.txt (.newsgraph/saved-views by default, or $NEWSGRAPH_HOME/saved-views).
 * The id is a hash of the view, so saving the same view twice gives the same id and one file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError, NotFoundError } from '#model/errors.ts';
import { stateDir } from '../paths.ts';

/** The largest view kept (about 20,000 nodes with their positions). */
export const MAX_VIEW_BYTES = 2 * 1024 * 1024;
const ID = /^[a-z0-9]{6,32}$/;

/** The folder where this server keeps its saved views. */
export function savedViewsDir(): string {
  return path.join(stateDir(), 'saved-views');
}

/** A view's id: the first 10 characters (base 36) of the sha256 of its text. */
export function viewId(search: string): string {
  const digest = createHash('sha256').update(search, 'utf8').digest();
  return BigInt(`0x${digest.subarray(0, 8).toString('hex')}`)
    .toString(36)
    .padStart(10, '0')
    .slice(0, 10);
}

/** Keeps a view (a query string without "?") and returns its id; the same view keeps its id. */
export function saveView(search: string, dir: string = savedViewsDir()): string {
  if (search.trim() === '') throw new InputError('saveView: the view is empty');
  if (Buffer.byteLength(search, 'utf8') > MAX_VIEW_BYTES)
    throw new InputError(`saveView: a saved view may hold at most ${MAX_VIEW_BYTES / 1024 / 1024} MB`);
  const id = viewId(search);
  const file = path.join(dir, `${id}.txt`);
  if (existsSync(file)) return id;
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, search, 'utf8');
  renameSync(temporary, file);
  return id;
}

/** The view saved under `id`; NotFoundError when there is none. */
export function loadView(id: string, dir: string = savedViewsDir()): string {
  const file = path.join(dir, `${id}.txt`);
  if (!ID.test(id) || !existsSync(file)) throw new NotFoundError(`loadView: no saved view has the id "${id}"`);
  return readFileSync(file, 'utf8');
}
