// The harness's inner `npm install` (Node 24, code-server) must not inherit what an outer
// `npm test` exported for its own script: code-server's install script reads the Node version from
// npm's user agent and refused to install under `npm test` on a fresh machine.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type InstallEnvironment = (environment: NodeJS.ProcessEnv, node?: { bin: string; dir: string }) => Record<string, string>;

const underNpmTest: NodeJS.ProcessEnv = {
  HOME: '/home/writer',
  CI: 'true',
  NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca.pem',
  PATH: '/work/app/node_modules/.bin:/work/node_modules/.bin:/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin:/usr/local/bin:/usr/bin',
  npm_config_user_agent: 'npm/11.6.2 node/v20.20.2 linux x64 workspaces/false',
  npm_config_nodedir: '/usr',
  npm_config_local_prefix: '/work/app',
  npm_config_registry: 'https://registry.example.test/',
  npm_config_cache: '/home/writer/.npm',
  npm_package_name: 'story-writer',
  npm_lifecycle_event: 'test',
  npm_lifecycle_script: 'node test/runAll.mjs',
  npm_node_execpath: '/usr/bin/node',
  npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
  npm_command: 'test',
  INIT_CWD: '/work/app',
  NODE: '/usr/bin/node',
};

describe('harness: the environment of an inner npm install', () => {
  let installEnvironment: InstallEnvironment;
  before(async () => {
    const tools = (await import(pathToFileURL(join(__dirname, '../../../../test/harness/tools.mjs')).href)) as { installEnvironment: InstallEnvironment };
    installEnvironment = tools.installEnvironment;
  });

  it('drops what the outer npm exported for its own script', () => {
    const env = installEnvironment(underNpmTest);
    const leaked = Object.keys(env).filter((name) => /^npm_(package|lifecycle)_|^npm_(node_execpath|execpath|command)$|^INIT_CWD$|^NODE$/.test(name));
    assert.deepEqual(leaked, []);
    assert.equal(env.npm_config_user_agent, undefined, 'the user agent names the outer Node');
    assert.equal(env.npm_config_local_prefix, undefined);
  });

  it('keeps where packages come from, and the rest of the caller environment', () => {
    const env = installEnvironment(underNpmTest);
    assert.equal(env.npm_config_registry, 'https://registry.example.test/');
    assert.equal(env.npm_config_cache, '/home/writer/.npm');
    assert.equal(env.HOME, '/home/writer');
    assert.equal(env.CI, 'true');
    assert.equal(env.NODE_EXTRA_CA_CERTS, '/etc/ssl/certs/ca.pem');
  });

  it('takes the project bin folders and npm helpers off PATH', () => {
    assert.equal(installEnvironment(underNpmTest).PATH, '/usr/local/bin:/usr/bin');
  });

  it('puts the given Node first on PATH and builds native addons against its headers', () => {
    const node24 = { bin: '/cache/node24/bin', dir: '/cache/node24' };
    const env = installEnvironment(underNpmTest, node24);
    assert.equal(env.PATH, '/cache/node24/bin:/usr/local/bin:/usr/bin');
    assert.equal(env.npm_config_nodedir, '/cache/node24');
  });
});
