import { parseArgs } from 'node:util';
import { describeLimits, modelChoices } from '../../gemini/modelChoices';
import { EXIT_CODES } from '../exitCodes';
import { loadSettings } from '../config';
import { loggerFor, serviceFor, type CliIo } from '../host';

export const modelsHelp = `story-writer models [--json] [--config FILE] [--verbose]

Lists the models your key can generate with (models.list): id, display name, token limits and
how each thinks. The recommended model is marked *, the configured one (storyWriter.model) >.`;

export async function models(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false }, config: { type: 'string' }, verbose: { type: 'boolean', short: 'v', default: false } },
    strict: true,
  });
  const settings = await loadSettings(values.config);
  const service = serviceFor(io, settings, loggerFor(io, values.verbose));
  try {
    const choices = modelChoices(await service.listModels(io.signal));
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify(
          choices.map((c) => ({ ...c, configured: c.id === settings.model })),
          null,
          2,
        )}\n`,
      );
      return EXIT_CODES.ok;
    }
    const width = Math.max(...choices.map((c) => c.id.length), 2);
    for (const choice of choices) {
      const mark = `${choice.id === settings.model ? '>' : ' '}${choice.recommended ? '*' : ' '}`;
      io.stdout.write(`${mark} ${choice.id.padEnd(width)}  ${choice.displayName} (${describeLimits(choice)})\n`);
    }
    io.stdout.write(`\nSet one with "storyWriter.model" in --config, or in VS Code with "Story: Select Model…".\n`);
    return EXIT_CODES.ok;
  } finally {
    await service.dispose();
  }
}
