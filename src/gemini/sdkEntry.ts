// Bundled alone as dist/genai.js (see esbuild.mjs): the SDK loads on the first request, not at
// activation.
export * from '@google/genai';
