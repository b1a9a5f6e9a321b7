// The libraries the export renderers use. They and the renderers are bundled into dist/export.js
// (see esbuild.mjs and renderer.ts), loaded on the first export, not at activation.
export { default as MarkdownIt } from 'markdown-it';
export * as docx from 'docx';
export { strToU8, zipSync } from 'fflate';
