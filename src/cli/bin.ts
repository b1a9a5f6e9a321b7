#!/usr/bin/env node
// dist/cli.js, the `story-writer` command: a few lines that make the cold start cheap before the
// command itself (dist/cli-main.js) loads. V8's compiled code of the bundles is kept between runs
// (src/node/codeCache.ts), so a run reaches its first request without compiling them again.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { cacheCompiledCode } from '../node/codeCache';

/** Beside the response cache (`src/cli/host.ts`), under the per-user cache folder. */
function codeCacheDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'story-writer', 'code');
}

if (process.env.STORY_WRITER_CODE_CACHE !== 'off') cacheCompiledCode(__dirname, codeCacheDir(process.env));
// Loaded only now, so that its compilation goes through the cache (a static import would load first).
void import('./main').then((cli) => cli.runFromCommandLine());
