import { parseArgs } from 'node:util';
import { EXIT_CODES } from '../exitCodes';
import { UsageError } from '../cliError';
import { loadSettings } from '../config';
import { loggerFor, serviceFor, type CliIo } from '../host';

export const generateHelp = `story-writer generate --prompt TEXT [--system TEXT] [--model M] [--no-cache] [--json] [--config FILE] [--verbose]

Sends one prompt to Gemini and prints the reply. On a terminal the reply streams as it arrives;
in a pipe or a file only the final, complete text is written. --json prints one object with the
text, finishReason, usage and the service's statistics.`;

export async function generate(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      prompt: { type: 'string' },
      system: { type: 'string' },
      model: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      config: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
    strict: true,
  });
  if (!values.prompt?.trim()) throw new UsageError('generate needs --prompt TEXT (the text to send to Gemini).');
  const settings = await loadSettings(values.config);
  const service = serviceFor(io, settings, loggerFor(io, values.verbose));
  // Streaming is for people watching a terminal; a pipe must never hold text that a retry replaced.
  const live = !values.json && io.stdout.isTTY === true;
  try {
    const result = await service.generateText(
      { model: values.model ?? settings.model, prompt: values.prompt, ...(values.system ? { systemInstruction: values.system } : {}) },
      {
        signal: io.signal,
        cache: values['no-cache'] ? 'bypass-cache' : 'use-cache',
        label: 'generate',
        ...(live
          ? {
              onText: (delta: string) => io.stdout.write(delta),
              onRestart: () => io.stderr.write('\n[story-writer] the stream was cut; starting the reply again\n'),
            }
          : {}),
      },
    );
    if (values.json) {
      const { text, finishReason, truncated, usage, model, fromCache, durationMs } = result;
      io.stdout.write(`${JSON.stringify({ text, finishReason, truncated, usage, model, fromCache, durationMs, statistics: service.getStatistics() })}\n`);
    } else if (live) {
      io.stdout.write('\n');
    } else {
      io.stdout.write(result.text.endsWith('\n') ? result.text : `${result.text}\n`);
    }
    if (result.truncated) io.stderr.write('story-writer: the reply stopped at the output-token limit; raise storyWriter.maxOutputTokens for longer text.\n');
    return EXIT_CODES.ok;
  } finally {
    await service.dispose();
  }
}
