// Runs test/integration inside a real VS Code extension host, offline:
// code-server (VS Code's server build, on Node 24) + Debian Chromium driven by playwright-core.
// The workbench opens as an Extension Development Host with our extension and our mocha entry;
// it reports the exit code through window.codeAutomationExit. Tests ask for screenshots by
// logging `[screenshot] name`; this runner saves .test-output/screenshots/name.png and the test
// waits for the file. A test answers a notification or a dialog as the writer would by logging
// `[click] Button label`; this runner clicks that button (the test waits for the effect), and
// `[type] text` types into what has the focus (an input box) and presses Enter;
// `[quickpick] name` saves the rows the open quick pick shows (the command palette lists only
// enabled commands) to .test-output/quickpicks/name.json, which the test waits for. Every process started here is in one process group, killed on exit.
//
// A named mode says what the writer has open, and so the folder, the flags and the suite:
//   trusted-folder    one trusted folder (workspace trust off), the main suite test/integration/*.test.ts
//   untrusted-folder  one folder that is not trusted (workspace trust on), modes/untrusted-folder.test.ts
//   no-folder         an empty window, modes/no-folder.test.ts
//   multi-root        a .code-workspace with two folders, each with a story, modes/multi-root.test.ts
//   all               each of them in turn, every one with its own code-server; one count line per
//                     mode, then `integration: N passed, M failed` summed over them (what npm test reads)
//
//   node test/harness/runIntegration.mjs [--mode trusted-folder|untrusted-folder|no-folder|multi-root|all]
//   (after `node esbuild.mjs && node esbuild.mjs --tests`)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, createWriteStream, existsSync, renameSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { codeServerArgs, ensureTools, QUIET_USER_SETTINGS } from './tools.mjs';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, '.test-output');
const shotsDir = join(outDir, 'screenshots');
const testsEntry = join(root, 'out/test/integration/index.js');
const timeoutMs = Number(process.env.INTEGRATION_TIMEOUT_MS || 600_000);
const MODES = ['trusted-folder', 'untrusted-folder', 'no-folder', 'multi-root'];
const modeAt = process.argv.indexOf('--mode');
const requested = modeAt >= 0 ? process.argv[modeAt + 1] : 'trusted-folder';
if (requested !== 'all' && !MODES.includes(requested)) {
  console.error(`integration: unknown --mode ${requested}; use one of ${[...MODES, 'all'].join(', ')}.`);
  process.exit(1);
}
const t0 = Date.now();
const log = (...a) => process.stderr.write(`[harness +${((Date.now() - t0) / 1000).toFixed(1)}s] ${format(...a)}\n`);

for (const f of [join(root, 'dist/extension.js'), testsEntry]) {
  if (!existsSync(f)) {
    console.error(`integration: ${f} is missing — run \`node esbuild.mjs && node esbuild.mjs --tests\` first (npm test does).`);
    process.exit(1);
  }
}

const tools = ensureTools();
mkdirSync(shotsDir, { recursive: true });

let cleanup = async () => {};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void cleanup().then(() => process.exit(130)));

const totals = { passes: 0, failures: 0 };
let exitCode = 0;
for (const mode of requested === 'all' ? MODES : [requested]) {
  const result = await runMode(mode);
  if (requested === 'all') console.log(`integration (${mode}): ${result.passes} passed, ${result.failures} failed`);
  totals.passes += result.passes;
  totals.failures += result.failures;
  if (result.exitCode !== 0) exitCode = result.exitCode;
}
console.log(`integration: ${totals.passes} passed, ${totals.failures} failed`);
process.exit(exitCode);

/**
 * What a mode opens, and how: the workbench URL's query (a folder, a workspace file, or an empty
 * window), whether workspace trust is on, and the suite's name (handed to the tests entry).
 * Trust on, with no folder trusted and no startup prompt: the folder opens in Restricted Mode.
 */
function prepareWorkspace(mode, run) {
  const ws = join(run, 'ws');
  switch (mode) {
    case 'trusted-folder':
    case 'untrusted-folder':
      mkdirSync(ws, { recursive: true });
      return { query: `folder=${encodeURIComponent(ws)}`, trust: mode === 'trusted-folder' ? 'off' : 'on' };
    case 'no-folder':
      return { query: 'ew=true', trust: 'off' };
    case 'multi-root': {
      const folders = ['first', 'second'].map((name) => join(ws, name));
      for (const [i, folder] of folders.entries()) {
        const story = join(folder, 'stories', `${i === 0 ? 'salt-road' : 'glass-harbour'}`);
        mkdirSync(story, { recursive: true });
        writeFileSync(join(story, 'brief.md'), briefText(i === 0 ? 'The Salt Road' : 'The Glass Harbour'));
      }
      const file = join(ws, 'two-folders.code-workspace');
      writeFileSync(file, JSON.stringify({ folders: folders.map((path) => ({ path })) }, null, 2));
      return { query: `workspace=${encodeURIComponent(file)}`, trust: 'off' };
    }
  }
  throw new Error(`no workspace for mode ${mode}`);
}

function briefText(title) {
  return `---\ntitle: ${title}\ngenre: Fantasy\ntargetWords: 900\nchapters: 3\n---\n\nTwo sisters walk a road to the sea, and the sea walks back.\n`;
}

/** One mode: its own folders, code-server and browser, all gone when it returns. */
async function runMode(mode) {
  const run = mkdtempSync(join(tmpdir(), `story-writer-e2e-${mode}-`));
  const dirs = Object.fromEntries(['user/User', 'exts', 'xdg', 'tmp'].map((d) => [d, join(run, d)]));
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const workspace = prepareWorkspace(mode, run);
  const trustSettings = workspace.trust === 'on' ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {};
  writeFileSync(join(dirs['user/User'], 'settings.json'), JSON.stringify({ ...QUIET_USER_SETTINGS, ...trustSettings }));
  writeFileSync(join(run, 'config.yaml'), '');
  const logName = (base) => join(outDir, mode === 'trusted-folder' ? `${base}.log` : `${base}.${mode}.log`);

  const port = await freePort();
  const serverUrl = `http://127.0.0.1:${port}`;
  const csLog = createWriteStream(logName('code-server'));
  log(`mode ${mode}: starting code-server`);
  const server = spawn(
    tools.codeServer,
    [
      ...codeServerArgs({ configFile: join(run, 'config.yaml'), port, trust: workspace.trust }),
      '--user-data-dir',
      join(run, 'user'),
      '--extensions-dir',
      dirs.exts,
      // Without the smoke-test driver a built workbench ignores the test payload.
      '--vscode-option',
      'enable-smoke-test-driver',
    ],
    {
      detached: true, // its own process group: the remote extension host would otherwise outlive us
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PATH: `${tools.nodeBin}:${process.env.PATH}`,
        TMPDIR: dirs.tmp,
        XDG_CONFIG_HOME: dirs.xdg,
        XDG_DATA_HOME: dirs.xdg,
        STORY_WRITER_SCREENSHOTS: shotsDir,
        STORY_WRITER_HOST_MODE: mode,
      },
    },
  );
  server.stdout.pipe(csLog);
  server.stderr.pipe(csLog);

  let browser;
  let cleaned = false;
  cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    await browser?.close().catch(() => {});
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {}
    rmSync(run, { recursive: true, force: true });
  };

  try {
    await waitForHealth(server, serverUrl);
    browser = await chromium.launch({
      executablePath: tools.chromium,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
    return await runSuite(browser, serverUrl, workspace.query, logName('workbench'));
  } catch (e) {
    log(`mode ${mode}: harness error:`, e?.message ?? e);
    return { passes: 0, failures: 1, exitCode: 1 };
  } finally {
    await cleanup();
  }
}

async function runSuite(browser, serverUrl, workspaceQuery, workbenchLog) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const wbLog = createWriteStream(workbenchLog);
  let stats = { passes: 0, failures: 0 };
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  let echo = false;
  let shots = Promise.resolve();
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args])).replace(/^%c\s*\w+\s+color: #\w+\s*/, '');
    wbLog.write(`[${type}] ${line}\n`);
    if (line.includes('[ext-tests] start')) echo = true;
    if (echo) process.stdout.write(`${line}\n`);
    if (line.includes('[ext-tests] end')) echo = false;
    const shot = /\[screenshot\] ([\w.-]+)/.exec(line);
    if (shot) shots = shots.then(() => screenshot(page, shot[1]));
    const click = /\[click\] (.+)$/.exec(line);
    if (click) shots = shots.then(() => clickButton(page, click[1].trim()));
    const typed = /\[type\] (.+)$/.exec(line);
    if (typed) shots = shots.then(() => typeAndEnter(page, typed[1].trim()));
    const picks = /\[quickpick\] ([\w.-]+)$/.exec(line);
    if (picks) shots = shots.then(() => saveQuickPickRows(page, picks[1]));
    const summary = /^(\d+) passed, (\d+) failed/.exec(line);
    if (summary) stats = { passes: +summary[1], failures: +summary[2] };
  });
  page.on('pageerror', (e) => wbLog.write(`[pageerror] ${e.message}\n`));

  const authority = new URL(serverUrl).host;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(testsEntry)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const url = `${serverUrl}/?${workspaceQuery}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  log('opening the workbench as an Extension Development Host');
  await page.goto(url);
  let timer;
  const result = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)))]);
  clearTimeout(timer);
  await shots;
  if (result === 'timeout') {
    await screenshot(page, 'timeout').catch(() => {});
    log(`timed out after ${timeoutMs} ms waiting for the extension tests (see ${workbenchLog})`);
    return { passes: stats.passes, failures: stats.failures + 1, exitCode: 2 };
  }
  wbLog.end();
  if (result !== 0 && stats.failures === 0) stats.failures = 1; // the host failed before mocha reported
  return { ...stats, exitCode: result === 0 ? 0 : 1 };
}

async function screenshot(page, name) {
  const file = join(shotsDir, `${name}.png`);
  // Write then rename: the test waits for the final name, never sees half a file.
  await page.screenshot({ path: `${file}.tmp.png` });
  renameSync(`${file}.tmp.png`, file);
  log(`screenshot ${name}.png`);
}

/**
 * Clicks a button of a notification, by its exact label (what the writer reads). In this host
 * notifications show in the notification center (the test opens it), not as toasts; the newest
 * is at the top.
 */
async function clickButton(page, label) {
  const button = page
    .locator('.notifications-center .monaco-button, .notifications-toasts .monaco-button')
    .filter({ hasText: new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) });
  try {
    await button.first().click({ timeout: 10_000 });
    log(`clicked ${label}`);
  } catch (e) {
    log(`could not click ${label}: ${e.message.split('\n')[0]}`);
  }
}

/** The labels of the rows the open quick pick shows, to a file the test reads (written then renamed). */
async function saveQuickPickRows(page, name) {
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  let labels = [];
  try {
    await rows.first().waitFor({ state: 'visible', timeout: 10_000 });
    labels = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? el.textContent ?? ''));
  } catch (e) {
    log(`no quick pick rows for ${name}: ${e.message.split('\n')[0]}`);
  }
  const dir = join(outDir, 'quickpicks');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(`${file}.tmp`, JSON.stringify(labels));
  renameSync(`${file}.tmp`, file);
  log(`quick pick ${name}: ${labels.length} rows`);
}

/** Types into the focused input box (once one is shown) and presses Enter. */
async function typeAndEnter(page, text) {
  try {
    await page.locator('.quick-input-widget input').first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    log('typed into the input box');
  } catch (e) {
    log(`could not type: ${e.message.split('\n')[0]}`);
  }
}

async function waitForHealth(server, serverUrl) {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error(`code-server exited early (${server.exitCode}); see the code-server log in .test-output`);
    const ok = await fetch(`${serverUrl}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('code-server did not become healthy within 60 s; see the code-server log in .test-output');
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}
