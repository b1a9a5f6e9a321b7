import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Debian's epubcheck (4.2.6), installed the way test/harness/tools.mjs installs Chromium: with
 * apt-get when it is missing and we are root, else a clear error naming the command to run.
 * Never a silent skip: an EPUB that was not checked has not passed.
 */
const JAR = '/usr/share/java/epubcheck.jar';

export function ensureEpubcheck(): string {
  if (existsSync(JAR) && hasJava()) return JAR;
  if (process.getuid?.() !== 0) {
    throw new Error(`epubcheck is not installed (${JAR}); install it with: sudo apt-get install -y epubcheck`);
  }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'epubcheck'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(JAR) || !hasJava()) throw new Error(`apt-get install epubcheck did not provide ${JAR} and java`);
  return JAR;
}

function hasJava(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

export interface EpubcheckResult {
  readonly fatals: number;
  readonly errors: number;
  readonly warnings: number;
  readonly output: string;
}

export function epubcheck(file: string): EpubcheckResult {
  const jar = ensureEpubcheck();
  const run = spawnSync('java', ['-jar', jar, file], { encoding: 'utf8', timeout: 120_000 });
  const output = `${run.stdout}\n${run.stderr}`;
  const m = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(output);
  if (!m) throw new Error(`epubcheck printed no summary (exit ${run.status}):\n${output}`);
  return { fatals: Number(m[1]), errors: Number(m[2]), warnings: Number(m[3]), output };
}
