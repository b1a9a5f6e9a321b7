import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, sep } from 'node:path';
import { Script } from 'node:vm';

/**
 * V8's compiled code for the headless command's own bundles, kept between runs. Most of a cold
 * `story-writer run` before its first request is V8 parsing and compiling `cli-main.js` and the
 * SDK's `genai.js` (see bench/README.md, "Cold start"); with the code V8 produced last time,
 * that work is skipped. Node 22.1+ has this built in (`module.enableCompileCache`); Node 20, which
 * the command supports, does not, so there it is done the way Node does it: each bundle is
 * compiled with `cachedData`, and the data V8 can produce after the run is written once.
 *
 * Only for a process the command owns (never the extension host, which is shared): it replaces
 * the CommonJS compile step for files inside `root` and leaves every other file to Node. Any
 * problem with the cache (unwritable folder, stale or foreign data) costs only the speed-up.
 */
export function cacheCompiledCode(root: string, cacheDir: string): void {
  const builtIn = (Module as unknown as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (typeof builtIn === 'function') {
    try {
      builtIn(cacheDir);
    } catch {
      // Only the speed-up is lost.
    }
    return;
  }
  const prototype = Module.prototype as unknown as { _compile: CompileStep };
  const original = prototype._compile;
  const prefix = root.endsWith(sep) ? root : `${root}${sep}`;
  const toWrite: Array<{ file: string; stamp: Buffer; script: Script }> = [];
  prototype._compile = function compileWithCache(this: NodeModule, content: string, filename: string, ...rest: unknown[]) {
    if (!filename.startsWith(prefix) || !filename.endsWith('.js')) return original.call(this, content, filename, ...rest);
    const file = join(cacheDir, cacheFileName(filename));
    const stamp = stampOf(filename);
    const cachedData = stamp && readIfStamped(file, stamp);
    const script = new Script(Module.wrap(withoutHashbang(content)), { filename, ...(cachedData ? { cachedData } : {}) });
    if (stamp && (!cachedData || script.cachedDataRejected)) toWrite.push({ file, stamp, script });
    const wrapper = script.runInThisContext({ displayErrors: true }) as CommonJsWrapper;
    return wrapper.call(this.exports, this.exports, requireFor(this), this, filename, dirname(filename));
  };
  // After the run V8 has compiled what the run used, so the data covers more than the top level.
  process.once('exit', () => {
    for (const { file, stamp, script } of toWrite) writeQuietly(file, Buffer.concat([stamp, script.createCachedData()]));
  });
}

type CompileStep = (this: NodeModule, content: string, filename: string, ...rest: unknown[]) => unknown;
type CommonJsWrapper = (exports: unknown, require: NodeJS.Require, module: NodeModule, filename: string, dirname: string) => unknown;

/**
 * Which build of a bundle, for which Node, the data was made from: V8 itself checks only the
 * source's length and its own flags, so a rebuilt bundle of the same length must not match. One
 * file per bundle, stamped at its start, so rebuilds do not pile up files.
 */
function stampOf(filename: string): Buffer | undefined {
  try {
    const { size, mtimeMs } = statSync(filename);
    return createHash('sha1').update(`${size}:${mtimeMs}:${process.version}:${process.arch}`).digest();
  } catch {
    return undefined;
  }
}

/** One file per bundle and folder (a development and a production build each keep theirs). */
function cacheFileName(filename: string): string {
  const folder = createHash('sha1').update(dirname(filename)).digest('hex').slice(0, 12);
  return `${filename.slice(filename.lastIndexOf(sep) + 1)}.${folder}.v8`;
}

/** A shebang line is legal at the top of a file Node runs, but not inside the function it is wrapped in. */
function withoutHashbang(content: string): string {
  return content.startsWith('#!') ? `//${content.slice(2)}` : content;
}

/** What Node gives a CommonJS module as `require`: enough for a bundle (built-ins and its sibling bundles). */
function requireFor(module: NodeModule): NodeJS.Require {
  const internal = Module as unknown as { _resolveFilename: (request: string, parent: NodeModule, isMain: boolean, options?: unknown) => string };
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  require.resolve = ((request: string, options?: unknown) => internal._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
  require.main = process.mainModule;
  require.cache = (Module as unknown as { _cache: NodeJS.Require['cache'] })._cache;
  return require;
}

function readIfStamped(file: string, stamp: Buffer): Buffer | undefined {
  try {
    const data = readFileSync(file);
    return data.length > stamp.length && data.subarray(0, stamp.length).equals(stamp) ? data.subarray(stamp.length) : undefined;
  } catch {
    return undefined;
  }
}

/** Atomically (another run may be writing the same file), and never an error: the cache is only a speed-up. */
function writeQuietly(file: string, data: Buffer): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch {
    // Read-only home, full disk: the next run compiles as usual.
  }
}
