/** The export libraries, loaded on the first export (in the bundles: dist/exportlibs.js). */
export type ExportLibraries = typeof import('./libraries');

let loaded: Promise<ExportLibraries> | undefined;

export function loadExportLibraries(): Promise<ExportLibraries> {
  loaded ??= import('./libraries');
  return loaded;
}
