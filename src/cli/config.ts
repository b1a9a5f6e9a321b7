import { readFile } from 'node:fs/promises';
import { settingsFromFlatJson, type Settings } from '../core/config/settings';
import { UsageError } from './cliError';

/**
 * `--config FILE`: a JSON object with the same flat keys as settings.json
 * (`"storyWriter.retry.maxRetries": 1`), validated by the extension's own schema. On the command
 * line a bad value is an error (exit 2), not a warning: a batch run should not quietly use a
 * default the user did not choose.
 */
export async function loadSettings(configPath: string | undefined): Promise<Settings> {
  if (!configPath) return settingsFromFlatJson({}).settings;
  let text: string;
  try {
    text = await readFile(configPath, 'utf8');
  } catch (e) {
    throw new UsageError(`Cannot read the config file ${configPath} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check the path given to --config.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`The config file ${configPath} is not valid JSON: ${(e as Error).message}. Fix it or remove --config.`);
  }
  const { settings, problems, unknownKeys } = settingsFromFlatJson(json);
  const messages = [...problems.map((p) => `${p.key} is ${JSON.stringify(p.value)} but must be ${p.allowed}`), ...unknownKeys.map((k) => `${k} is not a Story Writer setting`)];
  if (messages.length > 0) throw new UsageError(`The config file ${configPath} has problems: ${messages.join('; ')}.`);
  return settings;
}
