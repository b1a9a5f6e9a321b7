// Builds the extension and the headless command (bundled, to dist/), or the tests (compiled file
// by file, not bundled, to out/). Type-checking is `tsc --noEmit`, a separate step.
//   node esbuild.mjs               development bundles with source maps
//   node esbuild.mjs --production  minified bundles, no source maps (what the VSIX ships)
//   node esbuild.mjs --watch       rebuild bundles on change
//   node esbuild.mjs --tests       src/, test/, bench/ and scripts/ → out/ (CommonJS, one file each)
//   --outdir DIR                   bundles into DIR instead of dist/ (the benchmark's production build)
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, existsSync } from 'node:fs';
import { join, sep } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');
const outdirAt = process.argv.indexOf('--outdir');
const outdir = outdirAt >= 0 ? process.argv[outdirAt + 1] : 'dist';

// The Gemini SDK is most of the code but is needed only on the first request: it goes into its own
// file, dist/genai.js, which the service loads lazily, so activation reads a small bundle.
const sdkInItsOwnFile = {
  name: 'sdk-in-its-own-file',
  setup(build) {
    build.onResolve({ filter: /^@google\/genai$/ }, (args) => (args.importer.endsWith('sdkEntry.ts') ? undefined : { path: './genai.js', external: true }));
  },
};

// Export's renderers with their Markdown parser, DOCX writer and zip are needed only when the
// writer exports: they go into dist/export.js, which src/core/export/exportStory.ts loads lazily.
const exportInItsOwnFile = {
  name: 'export-in-its-own-file',
  setup(build) {
    build.onResolve({ filter: /^\.\/renderer(\.js)?$/ }, (args) =>
      args.importer.endsWith(`export${sep}exportStory.ts`) && args.kind === 'dynamic-import' ? { path: './export.js', external: true } : undefined,
    );
  },
};

// dist/cli.js is a small starter (src/cli/bin.ts) that sets up V8's code cache and then loads the
// command itself, dist/cli-main.js, through it.
const commandInItsOwnFile = {
  name: 'command-in-its-own-file',
  setup(build) {
    build.onResolve({ filter: /^\.\/main$/ }, (args) =>
      args.importer.endsWith(`cli${sep}bin.ts`) && args.kind === 'dynamic-import' ? { path: './cli-main.js', external: true } : undefined,
    );
  },
};

/** @type {import('esbuild').BuildOptions} */
const bundle = {
  entryPoints: { extension: 'src/extension.ts', cli: 'src/cli/bin.ts', 'cli-main': 'src/cli/main.ts', genai: 'src/gemini/sdkEntry.ts', export: 'src/core/export/renderer.ts' },
  plugins: [sdkInItsOwnFile, exportInItsOwnFile, commandInItsOwnFile],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  outdir,
  external: ['vscode'],
  // The lazily loaded bundles (genai.js, export.js) are CommonJS: require() them. Node's import()
  // of a CommonJS file parses it twice more before running it (module-format detection, then
  // cjs-module-lexer for its export names): ~150 ms of the first request for the SDK's bundle.
  supported: { 'dynamic-import': false },
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: production ? 'none' : 'inline',
};

function tsFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

if (tests) {
  rmSync('out', { recursive: true, force: true });
  await esbuild.build({
    entryPoints: ['src', 'test', 'bench', 'scripts'].flatMap(tsFiles),
    outdir: 'out',
    outbase: '.',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
} else if (watch) {
  const ctx = await esbuild.context(bundle);
  await ctx.watch();
} else {
  rmSync(outdir, { recursive: true, force: true });
  await esbuild.build(bundle);
}
