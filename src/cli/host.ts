import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Settings } from '../core/config/settings';
import type { Logger, LogLevel } from '../core/ports';
import { GenerationError } from '../core/generation/generationError';
import { createGeminiService, type GeminiService } from '../gemini';
import { geminiServiceSetup } from '../hosts/geminiConfig';
import { createStderrLogger } from '../node/consoleLogger';

/** What every subcommand gets from the terminal: streams, environment, and Ctrl+C. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Aborts on SIGINT. */
  readonly signal: AbortSignal;
}

export function apiKeyFrom(env: NodeJS.ProcessEnv): string | undefined {
  return env.GEMINI_API_KEY?.trim() || undefined;
}

export function requireApiKey(env: NodeJS.ProcessEnv): string {
  const key = apiKeyFrom(env);
  if (!key) {
    throw new GenerationError('auth', 'GEMINI_API_KEY is not set. Export your Gemini API key first: export GEMINI_API_KEY=your-key');
  }
  return key;
}

export function loggerFor(io: CliIo, verbose: boolean): Logger {
  // Errors reach the user once, as the command's own sentence; the log is for --verbose.
  const level = (io.env.STORY_WRITER_LOG as LogLevel | 'off' | undefined) ?? (verbose ? 'debug' : 'off');
  return createStderrLogger({ level, secrets: () => [apiKeyFrom(io.env)], write: (line) => io.stderr.write(line) });
}

/** The persistent response cache of the headless command: a per-user cache folder. */
export function cacheDirFor(env: NodeJS.ProcessEnv): string {
  if (env.STORY_WRITER_CACHE_DIR) return env.STORY_WRITER_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'story-writer', 'responses');
}

export function serviceFor(io: CliIo, settings: Settings, logger: Logger): GeminiService {
  const key = requireApiKey(io.env);
  return createGeminiService({
    apiKey: async () => key,
    logger,
    onNotice: (message) => io.stderr.write(`story-writer: note: ${message}\n`),
    ...geminiServiceSetup(settings, cacheDirFor(io.env)),
  });
}
