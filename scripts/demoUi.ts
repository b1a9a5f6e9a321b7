// `npm run demo:ui`: the extension in a real VS Code in the browser, offline, with no key.
// code-server (from the test harness's tool cache, installed when missing) gets the freshly
// packaged VSIX, user settings pointing storyWriter.apiBaseUrl at the project's Gemini-protocol
// test server, and a sample story; a demo-only companion extension (scripts/demo/keySeeder) hands
// the test server's key to Story Writer through its public Set API Key command. Prints the URL to
// open; Ctrl+C stops code-server and the server. The workspace (with whatever was written) is kept.
//   npm run package && node esbuild.mjs --tests && node out/scripts/demoUi.js [--port N]
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startFakeGemini } from '../test/support/fakeGemini';
import { Cleanup } from './demo/cleanup';
import { startGroup } from './demo/processGroup';
import { newStoryArguments, SAMPLE_STORY } from './demo/sampleStory';

const root = resolve(__dirname, '../..');

interface Tools {
  readonly nodeBin: string;
  readonly codeServer: string;
}

interface Harness {
  ensureTools(options: { browser: 'needed' | 'not-needed' }): Tools;
  readonly QUIET_USER_SETTINGS: Readonly<Record<string, unknown>>;
  codeServerArgs(options: { configFile: string; port: number; trust?: 'on' | 'off' }): string[];
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } });
  const requestedPort = Number(values.port);
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
    throw new Error(`--port must be a port number (0 picks a free one), got "${values.port}"`);
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const vsix = join(root, `story-writer-${version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run demo:ui\` (it packages first) or \`npm run package\`.`);

  const cleanup = new Cleanup();
  cleanup.exitOnSignals();
  try {
    const harness = await loadHarness();
    // The writer opens the page in their own browser: no Chromium needed.
    const tools = harness.ensureTools({ browser: 'not-needed' });
    const server = await startFakeGemini({ ttftMs: 400, tokensPerSecond: 80 });
    cleanup.add(() => server.stop());

    const run = mkdtempSync(join(tmpdir(), 'story-writer-demo-ui-'));
    const dirs = { user: join(run, 'user'), exts: join(run, 'extensions'), xdg: join(run, 'xdg'), tmp: join(run, 'tmp'), workspace: join(run, 'workspace') };
    for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
    // The workspace and code-server's log stay for the writer to look at; the rest goes.
    cleanup.add(() => {
      for (const dir of [dirs.user, dirs.exts, dirs.xdg, dirs.tmp, join(run, 'key-seeder')]) rmSync(dir, { recursive: true, force: true });
    });
    writeUserSettings(join(dirs.user, 'User', 'settings.json'), harness.QUIET_USER_SETTINGS, server.baseUrl);
    const story = join(dirs.workspace, 'stories', SAMPLE_STORY.slug);
    runOrThrow(process.execPath, [join(root, 'dist/cli.js'), ...newStoryArguments(story)], 'story-writer new');

    const env = { ...process.env, PATH: `${tools.nodeBin}:${process.env.PATH}`, TMPDIR: dirs.tmp, XDG_CONFIG_HOME: dirs.xdg, XDG_DATA_HOME: dirs.xdg };
    const common = ['--user-data-dir', dirs.user, '--extensions-dir', dirs.exts];
    say(`Installing ${vsix} and the demo's key seeder into a throwaway code-server profile…`);
    const seeder = packageKeySeeder(run);
    runOrThrow(tools.codeServer, [...common, '--install-extension', vsix, '--install-extension', seeder, '--force'], 'code-server --install-extension', env);

    const port = requestedPort || (await freePort());
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`;
    writeFileSync(join(run, 'config.yaml'), '');
    const logFile = join(run, 'code-server.log');
    const logFd = openSync(logFile, 'w');
    const codeServer = startGroup(tools.codeServer, [...harness.codeServerArgs({ configFile: join(run, 'config.yaml'), port }), ...common], {
      stdio: ['ignore', logFd, logFd],
      env: { ...env, STORY_WRITER_DEMO_KEY: server.apiKey, STORY_WRITER_DEMO_OPEN: join(story, 'brief.md') },
    });
    closeSync(logFd);
    cleanup.add(() => codeServer.stop());
    await waitForHealth(`http://127.0.0.1:${port}`, codeServer.exited, logFile);

    say('');
    say(`Story Writer ${version} is running in VS Code in the browser, offline, against the test server`);
    say(`at ${server.baseUrl} (storyWriter.apiBaseUrl in the user settings; each window that opens is given`);
    say('its key through "Story: Set API Key", so it lives in VS Code\'s secret storage as a real key would).');
    say('');
    say(`  Open: ${url}`);
    say('');
    say(`The page opens on the sample story "${SAMPLE_STORY.title}" (brief.md). To write it, run "Story: Run Workflow`);
    say('(resume)" from the Command Palette (F1), or use the Story Writer view in the activity bar.');
    say(`Files: ${dirs.workspace}   code-server log: ${logFile}`);
    say('Ctrl+C stops code-server and the test server.');
    const code = await codeServer.exited;
    if (cleanup.signalled) return 130;
    throw new Error(`code-server stopped by itself (exit ${code}); see ${logFile}`);
  } catch (e) {
    if (cleanup.signalled) return 130;
    process.stderr.write(`demo:ui: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await cleanup.run();
  }
}

/** The integration harness's tools module: Node 24 and code-server from its cache (installed there when missing). */
async function loadHarness(): Promise<Harness> {
  return (await import(pathToFileURL(join(root, 'test/harness/tools.mjs')).href)) as Harness;
}

function writeUserSettings(file: string, quiet: Readonly<Record<string, unknown>>, apiBaseUrl: string): void {
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...quiet, 'storyWriter.apiBaseUrl': apiBaseUrl }, null, 2)}\n`);
}

/** Packages scripts/demo/keySeeder (a copy, so the tree stays clean) into a VSIX with vsce. */
function packageKeySeeder(run: string): string {
  const folder = join(run, 'key-seeder');
  cpSync(join(root, 'scripts/demo/keySeeder'), folder, { recursive: true });
  const vsix = join(folder, 'key-seeder.vsix');
  runOrThrow(
    process.execPath,
    [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix],
    'vsce package (key seeder)',
    process.env,
    folder,
  );
  return vsix;
}

function runOrThrow(command: string, args: string[], what: string, env: NodeJS.ProcessEnv = process.env, cwd = root): void {
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${what} failed (exit ${result.status ?? result.signal}):\n${output}`);
  }
}

async function waitForHealth(base: string, exited: Promise<number>, logFile: string): Promise<void> {
  let gone: number | undefined;
  void exited.then(
    (code) => (gone = code),
    () => (gone = 1),
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`code-server exited at start (exit ${gone}); see ${logFile}`);
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer on ${base} within 60 s; see ${logFile}`);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

const say = (line: string): void => void process.stdout.write(`${line}\n`);

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`demo:ui: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
