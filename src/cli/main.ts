// The headless `story-writer` command: the same engine as the extension, for terminals, batch
// runs and benchmarks. Errors go to stderr as one sentence plus what to do; exit codes are shared
// by every subcommand (see the README).
import { isGenerationError } from '../core/generation/generationError';
import { EXIT_CODES, exitCodeOf } from './exitCodes';
import { UsageError } from './cliError';
import { check, checkHelp } from './commands/check';
import { exportCommand, exportHelp } from './commands/export';
import { generate, generateHelp } from './commands/generate';
import { lint, lintHelp } from './commands/lint';
import { models, modelsHelp } from './commands/models';
import { newHelp, newStory, run, runHelp, status, statusHelp } from './commands/story';
import type { CliIo } from './host';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  generate: { run: generate, help: generateHelp },
  check: { run: check, help: checkHelp },
  models: { run: models, help: modelsHelp },
  new: { run: newStory, help: newHelp },
  run: { run, help: runHelp },
  status: { run: status, help: statusHelp },
  export: { run: exportCommand, help: exportHelp },
  lint: { run: lint, help: lintHelp },
};

const USAGE = `Usage: story-writer <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.help.split('\n')[0]}`)
  .join('\n')}

The key comes from GEMINI_API_KEY; the endpoint from storyWriter.apiBaseUrl in --config or
GOOGLE_GEMINI_BASE_URL. Exit codes: 0 ok, 1 unexpected, 2 bad input or configuration,
3 authentication, 4 quota, credits or plan exhausted, 5 content blocked, 6 service unavailable, 7 lint findings at
the --fail-on severity, 8 budget reached, 130 interrupted.`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return name ? EXIT_CODES.ok : EXIT_CODES.badInput;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`story-writer: unknown command "${name}". Run story-writer --help for the list.\n`);
    return EXIT_CODES.badInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.help}\n`);
    return EXIT_CODES.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    return report(e, io);
  }
}

function report(e: unknown, io: CliIo): number {
  if (isGenerationError(e)) {
    if (e.kind === 'cancelled') {
      io.stderr.write('story-writer: interrupted.\n');
      return EXIT_CODES.cancelled;
    }
    io.stderr.write(`story-writer: ${e.message}\n`);
    return exitCodeOf(e.kind);
  }
  if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    io.stderr.write(`story-writer: ${(e as Error).message}\n`);
    return EXIT_CODES.badInput;
  }
  const fsError = e as NodeJS.ErrnoException;
  if (fsError.code === 'EACCES' || fsError.code === 'EPERM' || fsError.code === 'EROFS') {
    io.stderr.write(
      `story-writer: cannot write ${fsError.path ?? 'the story folder'} (${fsError.code === 'EROFS' ? 'read-only file system' : 'permission denied'}). Make the story folder writable and run again; nothing was half-written.\n`,
    );
    return EXIT_CODES.unexpected;
  }
  const exitCode = (e as { exitCode?: unknown }).exitCode;
  io.stderr.write(`story-writer: ${(e as Error)?.message ?? String(e)}\n`);
  return typeof exitCode === 'number' ? exitCode : EXIT_CODES.unexpected;
}

/** The process's entry (`dist/cli.js` calls it once it has set up the code cache): arguments, Ctrl+C, exit code. */
export function runFromCommandLine(): void {
  const controller = new AbortController();
  let interrupts = 0;
  process.on('SIGINT', () => {
    // First Ctrl+C cancels cleanly (partial text is saved); a second one leaves at once.
    if (++interrupts > 1) process.exit(EXIT_CODES.cancelled);
    controller.abort(new Error('interrupted'));
  });
  process.on('SIGTERM', () => controller.abort(new Error('terminated')));
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), signal: controller.signal }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`story-writer: unexpected failure: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = EXIT_CODES.unexpected;
    },
  );
}

if (require.main === module) runFromCommandLine();
