// Bundled alone as dist/exportlibs.js (see esbuild.mjs): the Markdown parser, the DOCX writer and
// the zip writer are only needed when the writer exports, so activation does not load them.
export { default as MarkdownIt } from 'markdown-it';
export * as docx from 'docx';
export { strToU8, zipSync } from 'fflate';
