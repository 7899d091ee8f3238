/*
 * Writing an export to a file or a stream. A file is written beside its final name and renamed
 * when complete, so a failed export never leaves a partial or empty file behind.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { FormatInfo } from './formats.ts';
import type { ExportSummary, GraphSource } from '#model/export/types.ts';

/** Writes the source in the format to `file` (atomically: a temporary file, then a rename). */
export async function exportToFile(source: GraphSource, format: FormatInfo, file: string): Promise<ExportSummary> {
  const partial = `${file}.partial-${process.pid}`;
  const out = createWriteStream(partial);
  try {
    const summary = await format.write(source, out);
    out.end();
    await finished(out);
    await rename(partial, file);
    return summary;
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** Writes the source in the format to a stream that stays open (stdout, an HTTP reply). */
export async function exportToStream(source: GraphSource, format: FormatInfo, out: Writable): Promise<ExportSummary> {
  return format.write(source, out);
}
