/* Saving what an export made: a blob under a file name, or a data export the server makes for a request. */
import type { ExportRequest } from '#model/api-types.ts';
import { FORMAT_SPECS, exportFileName, type ExportFormat } from '#model/export/formats.ts';
import { api } from '../api/client.ts';
import { dispositionFileName } from './export-options.ts';

/** Saves a blob under a file name through a temporary link. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Asks the server for a data export and saves it; returns the file's name. */
export async function downloadExport(request: ExportRequest): Promise<string> {
  const { blob, disposition } = await api.exportFile(request);
  const spec = FORMAT_SPECS[request.format as ExportFormat];
  const name =
    dispositionFileName(disposition) ?? exportFileName(request.scope.kind, { extension: spec?.extension ?? 'dat' });
  download(blob, name);
  return name;
}
