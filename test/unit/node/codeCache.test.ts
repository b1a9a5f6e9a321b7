// The headless command's V8 code cache (src/node/codeCache.ts), in real Node processes: each run
// is a fresh process, as each `story-writer` command is.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CODE_CACHE = join(__dirname, '..', '..', '..', 'src', 'node', 'codeCache.js');

describe('code cache of the headless command', () => {
  let root: string;
  let bundles: string;
  let cacheDir: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'story-writer-code-cache-'));
    bundles = join(root, 'dist');
    cacheDir = join(root, 'cache');
    mkdirSync(bundles, { recursive: true });
    writeFileSync(
      join(bundles, 'main.js'),
      '#!/usr/bin/env node\nmodule.exports = { answer: 40 + 2, sibling: require("./sibling.js"), path: require("node:path").basename(__filename) };\n',
    );
    writeFileSync(join(bundles, 'sibling.js'), 'module.exports = "sibling";\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** One process: the cache set up for `bundles`, then main.js loaded through it. */
  function runOnce(): unknown {
    const script = `require(${JSON.stringify(CODE_CACHE)}).cacheCompiledCode(${JSON.stringify(bundles)}, ${JSON.stringify(cacheDir)});
      process.stdout.write(JSON.stringify(require(${JSON.stringify(join(bundles, 'main.js'))})));`;
    return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  }

  it('keeps the compiled code of each bundle after a run and uses it, unchanged, in the next', () => {
    assert.deepEqual(runOnce(), { answer: 42, sibling: 'sibling', path: 'main.js' });
    const files = readdirSync(cacheDir).sort();
    assert.deepEqual(
      files.map((f) => f.split('.')[0]),
      ['main', 'sibling'],
    );
    const written = files.map((f) => statSync(join(cacheDir, f)).mtimeMs);
    assert.deepEqual(runOnce(), { answer: 42, sibling: 'sibling', path: 'main.js' });
    // Accepted by V8: nothing had to be written again.
    assert.deepEqual(
      files.map((f) => statSync(join(cacheDir, f)).mtimeMs),
      written,
    );
  });

  it('never runs the code of an earlier build, even one of the same length', () => {
    runOnce();
    writeFileSync(
      join(bundles, 'main.js'),
      '#!/usr/bin/env node\nmodule.exports = { answer: 40 + 3, sibling: require("./sibling.js"), path: require("node:path").basename(__filename) };\n',
    );
    utimesSync(join(bundles, 'main.js'), new Date(), new Date(Date.now() + 5000));
    assert.equal((runOnce() as { answer: number }).answer, 43);
  });

  it('still runs when the cache cannot be written', () => {
    writeFileSync(cacheDir, 'a file where the folder should be');
    assert.deepEqual(runOnce(), { answer: 42, sibling: 'sibling', path: 'main.js' });
    assert.deepEqual(runOnce(), { answer: 42, sibling: 'sibling', path: 'main.js' });
  });
});
