// The extension as shipped: the production bundles and the VSIX, built in a temp folder (dist/ is
// left as the development build the tests use), and the figures the integration suite measured
// inside a real extension host (.test-output/bench-extension.json, written by
// test/integration/zz-bench.test.ts).
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BundleFigures {
  readonly extensionBytes: number;
  readonly genaiBytes: number;
  /** The development build in dist/ (what `npm run bench` builds first), when present. */
  readonly devExtensionBytes?: number;
  /** The SDK's client class appears in the activation bundle (it must not: it loads lazily). */
  readonly sdkInExtensionBundle: boolean;
  /** Median time to `require` the production bundle in a fresh Node process (`vscode` stubbed). */
  readonly productionLoadMs?: number;
  readonly vsixBytes?: number;
  readonly vsixError?: string;
  /** Entries in the VSIX (a zip): the extension's files plus the manifest and content types. */
  readonly vsixEntries?: number;
}

const PACKAGE_FILES = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore'];

export async function bundleFigures(root: string, options: { vsix: boolean }): Promise<BundleFigures> {
  const work = mkdtempSync(join(tmpdir(), 'story-writer-bench-ext-'));
  try {
    const dist = join(work, 'pkg', 'dist');
    // The very build `npm run package` ships, written elsewhere so dist/ is left alone.
    execFileSync(process.execPath, ['esbuild.mjs', '--production', '--outdir', dist], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    const extension = readFileSync(join(dist, 'extension.js'), 'utf8');
    const devPath = join(root, 'dist', 'extension.js');
    const figures: BundleFigures = {
      extensionBytes: Buffer.byteLength(extension),
      genaiBytes: statSync(join(dist, 'genai.js')).size,
      ...(existsSync(devPath) ? { devExtensionBytes: statSync(devPath).size } : {}),
      // The SDK's user-agent marker is in its own file only; in the activation bundle it would mean
      // the SDK loads at activation.
      sdkInExtensionBundle: extension.includes('google-genai-sdk/'),
      productionLoadMs: loadTime(join(dist, 'extension.js')),
    };
    if (!options.vsix) return figures;
    return { ...figures, ...packageVsix(root, join(work, 'pkg')) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * How long Node takes to read, compile and run the top level of a bundle, in a fresh process each
 * time (the extension host is Node too); `vscode` is replaced by a stub.
 */
function loadTime(bundle: string, times = 5): number | undefined {
  const script = [
    "const Module = require('node:module');",
    'const load = Module._load;',
    // Anything read from the stub is the stub, callable and constructible (`new vscode.ThemeIcon(…)`
    // runs at top level); esbuild's namespace import reads through the prototype, so that too.
    'const read = (_, key) => (key === Symbol.toPrimitive ? () => "" : stub);',
    'const proto = new Proxy({}, { get: read });',
    'const stub = new Proxy(function () {}, { get: read, apply: () => stub, construct: () => stub, getPrototypeOf: () => proto });',
    "Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };",
    "const { performance } = require('node:perf_hooks');",
    'const t = performance.now();',
    `require(${JSON.stringify(bundle)});`,
    'process.stdout.write(String(performance.now() - t));',
  ].join('\n');
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    try {
      samples.push(Number(execFileSync(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 }).toString()));
    } catch {
      return undefined;
    }
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

/** `vsce package --no-dependencies` over a copy of the package files and the production dist/. */
function packageVsix(root: string, pkg: string): Pick<BundleFigures, 'vsixBytes' | 'vsixError' | 'vsixEntries'> {
  for (const f of PACKAGE_FILES) if (existsSync(join(root, f))) copyFileSync(join(root, f), join(pkg, f));
  cpSync(join(root, 'media'), join(pkg, 'media'), { recursive: true });
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const out = join(pkg, '..', 'bench.vsix');
  try {
    mkdirSync(pkg, { recursive: true });
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: pkg, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    return { vsixBytes: statSync(out).size, vsixEntries: zipEntryCount(readFileSync(out)) };
  } catch (e) {
    const err = e as { stderr?: Buffer; message?: string };
    return { vsixError: (err.stderr?.toString() || err.message || String(e)).trim().split('\n').slice(-3).join(' ') };
  }
}

/** The entry count from a zip's end-of-central-directory record. */
function zipEntryCount(zip: Buffer): number | undefined {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) return zip.readUInt16LE(i + 10);
  }
  return undefined;
}

/** What test/integration/zz-bench.test.ts writes. */
export interface HostFigures {
  readonly writtenAt: string;
  readonly activationMs: number;
  /** Time to require the bundle again inside the host (read + compile + top-level code). */
  readonly bundleLoadMs?: number;
  /** Chunk arrival (the SDK reading it off the wire) → the live editor document showing it. */
  readonly chunkToEditorMs: number[];
  readonly chunksSeen?: number;
}

export function hostFigures(root: string): HostFigures | undefined {
  const file = join(root, '.test-output', 'bench-extension.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as HostFigures;
  } catch {
    return undefined;
  }
}
