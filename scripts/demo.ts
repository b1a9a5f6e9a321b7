// `npm run demo`: the product working offline, with no key. Starts the project's Gemini-protocol
// test server, writes a short story with the headless command (progress streams as it goes),
// prints where the files are and the manuscript's opening, and stops everything it started — also
// on Ctrl+C and on error. The story folder is kept.
//   node esbuild.mjs && node esbuild.mjs --tests && node out/scripts/demo.js
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFakeGemini } from '../test/support/fakeGemini';
import { Cleanup } from './demo/cleanup';
import { manuscriptOpening } from './demo/manuscript';
import { startGroup, type ProcessGroup } from './demo/processGroup';
import { newStoryArguments, SAMPLE_STORY } from './demo/sampleStory';

const root = resolve(__dirname, '../..');
const cli = join(root, 'dist/cli.js');

async function main(): Promise<number> {
  const cleanup = new Cleanup();
  let current: ProcessGroup | undefined;
  // One SIGINT to the command: it cancels cleanly and keeps what it wrote.
  cleanup.exitOnSignals(() => current?.signal('SIGINT'));
  try {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run demo\` (it builds first), or \`node esbuild.mjs\`.`);
    // Paced like a real model (first token after 300 ms, 300 tokens/s) so the progress is visible.
    const server = await startFakeGemini({ ttftMs: 300, tokensPerSecond: 300 });
    cleanup.add(() => server.stop());
    const work = mkdtempSync(join(tmpdir(), 'story-writer-demo-'));
    const story = join(work, SAMPLE_STORY.slug);
    const cache = join(work, '.response-cache');
    mkdirSync(cache);
    cleanup.add(() => rmSync(cache, { recursive: true, force: true }));
    say(`Offline Gemini-protocol test server on ${server.baseUrl} (the project's own; no key, no network).`);

    const env = { ...process.env, GOOGLE_GEMINI_BASE_URL: server.baseUrl, GEMINI_API_KEY: server.apiKey, STORY_WRITER_CACHE_DIR: cache };
    const command = async (args: string[]): Promise<void> => {
      say(`\n$ node dist/cli.js ${args.map(quoted).join(' ')}`);
      const group = startGroup(process.execPath, [cli, ...args], { cwd: work, env, stdio: ['ignore', 'inherit', 'inherit'] });
      current = group;
      cleanup.add(() => group.stop());
      const code = await group.exited;
      if (code !== 0) throw new Error(`story-writer ${args[0]} exited with ${code}`);
    };
    await command(newStoryArguments(story));
    await command(['run', story]);

    const manuscript = join(story, 'story.md');
    say(`\nThe story is in ${story}:`);
    say(`  ${listing(story).join('  ')}`);
    say(`\nThe opening of ${manuscript}:\n`);
    for (const line of manuscriptOpening(manuscript)) say(`  ${line}`.trimEnd());
    say('  …');
    say('\n(The prose comes from the offline test server, which writes placeholder text of the right');
    say('shape and length. With GEMINI_API_KEY set and GOOGLE_GEMINI_BASE_URL unset, the same');
    say('commands write with Gemini.)');
    return 0;
  } catch (e) {
    if (cleanup.signalled) return 130;
    process.stderr.write(`demo: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await cleanup.run();
  }
}

function listing(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .map((e) => (e.isDirectory() ? `${e.name}/ (${readdirSync(join(dir, e.name)).length} files)` : e.name))
    .sort();
}

const quoted = (arg: string): string => (/^[\w./:@=-]+$/.test(arg) ? arg : `"${arg}"`);
const say = (line: string): void => void process.stdout.write(`${line}\n`);

void main().then((code) => {
  process.exitCode = code;
});
