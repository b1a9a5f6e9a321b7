import { parseArgs } from 'node:util';
import { EXIT_CODES, exitCodeOf } from '../exitCodes';
import { loadSettings } from '../config';
import { loggerFor, serviceFor, type CliIo } from '../host';

export const checkHelp = `story-writer check [--model M] [--config FILE] [--verbose]

Checks the key and the model: models.get, then one minimal generation (a few tokens, the least
thinking), so a key that may list models but not generate with this one fails the check.`;

export async function check(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { model: { type: 'string' }, config: { type: 'string' }, verbose: { type: 'boolean', short: 'v', default: false } },
    strict: true,
  });
  const settings = await loadSettings(values.config);
  const service = serviceFor(io, settings, loggerFor(io, values.verbose));
  try {
    const health = await service.checkHealth(values.model ?? settings.model);
    if (health.status === 'ok') {
      io.stdout.write(`ok: the key works and ${health.model}${health.displayName ? ` (${health.displayName})` : ''} is available\n`);
    } else {
      io.stderr.write(`story-writer: ${health.message}\n`);
    }
    return health.status === 'ok' ? EXIT_CODES.ok : exitCodeOf(health.kind);
  } finally {
    await service.dispose();
  }
}
