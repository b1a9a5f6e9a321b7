// The libraries the export engine renders with. They and the engine are bundled into
// dist/export.js (see esbuild.mjs and index.ts), loaded on the first export, not at activation.
export { default as MarkdownIt } from 'markdown-it';
export * as docx from 'docx';
export { strToU8, zipSync } from 'fflate';
