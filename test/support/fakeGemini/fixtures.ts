// The project's own copies of Gemini's error and edge-case replies (test/fixtures/gemini/*.json,
// format `{statusCode, headers, body}`), found from wherever this file runs: src via ts tooling,
// or out/test/support/fakeGemini/ once compiled.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Fixture {
  readonly name: string;
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** The nearest folder at or above `start` that holds a package.json. */
export function findRepoRoot(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`fake Gemini: no package.json above ${start}`);
  }
}

export function defaultFixturesDir(): string {
  return join(findRepoRoot(), 'test', 'fixtures', 'gemini');
}

/** Fixture basenames (without `.json`) in the folder, sorted. */
export function listFixtures(dir: string = defaultFixturesDir()): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .sort();
}

export function loadFixture(name: string, dir: string = defaultFixturesDir()): Fixture {
  const file = join(dir, name.endsWith('.json') ? name : `${name}.json`);
  if (!existsSync(file)) {
    throw new Error(`fake Gemini: no fixture "${name}" in ${dir} (have: ${listFixtures(dir).join(', ')})`);
  }
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof raw !== 'object' || raw === null || typeof (raw as { statusCode?: unknown }).statusCode !== 'number') {
    throw new Error(`fake Gemini: ${file} is not a {statusCode, headers, body} fixture`);
  }
  const { statusCode, headers, body } = raw as { statusCode: number; headers?: Record<string, string>; body?: unknown };
  return { name: basename(file, '.json'), statusCode, headers: headers ?? {}, body };
}
