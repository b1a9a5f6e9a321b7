/** The export libraries, loaded on the first export (in the bundles: dist/exportlibs.js). */
export type ExportLibraries = typeof import('./libraries.js');

let loaded: Promise<ExportLibraries> | undefined;

export function loadExportLibraries(): Promise<ExportLibraries> {
  // `.js`: the test build compiles file by file, and Node's import() needs the real file name.
  loaded ??= import('./libraries.js');
  return loaded;
}
