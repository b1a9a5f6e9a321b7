/** The libraries the export engine renders with (see libraries.ts), as one namespace type. */
export type ExportLibraries = typeof import('./libraries.js');
