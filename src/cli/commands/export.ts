import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSettings } from '../config';
import { EXPORT_FORMATS, exportStory, isExportError, parseFormat } from '../../core/export';
import { EXIT_CODES } from '../exitCodes';
import { NodeFileSystem } from '../../node/nodeFileSystem';
import { UsageError } from '../cliError';
import type { CliIo } from '../host';

export const exportHelp = `story-writer export DIR --format ${EXPORT_FORMATS.join('|')} [--out FILE] [--author NAME] [--config FILE] [--json]

Exports the story in DIR as a book, from its files alone (no request, no key): each chapter's
revision, or its draft where there is none (named on stderr). epub: EPUB 3 e-book; docx: standard
manuscript format for agents and editors; html: one web page; md: one Markdown file. Writes
DIR/exports/<folder name>.<format> unless --out says where. The author comes from --author, else
storyWriter.export.author in --config, else \`author:\` in brief.md.`;

export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      author: { type: 'string' },
      config: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError(`export needs one story folder (got ${positionals.length}). Usage: ${exportHelp.split('\n')[0]}`);
  if (!values.format) throw new UsageError(`--format is missing: give one of ${EXPORT_FORMATS.join(', ')}`);
  const settings = await loadSettings(values.config);
  try {
    const format = parseFormat(values.format);
    const result = await exportStory(new NodeFileSystem(), {
      storyDir: resolve(io.cwd, positionals[0]!),
      format,
      ...(values.out ? { outPath: resolve(io.cwd, values.out) } : {}),
      author: values.author ?? settings['export.author'],
      now: new Date(),
    });
    for (const warning of result.warnings) io.stderr.write(`story-writer: note: ${warning}\n`);
    io.stderr.write(`Exported ${result.chapters} chapter${result.chapters === 1 ? '' : 's'} (${result.words.toLocaleString('en-US')} words) to ${result.path}\n`);
    if (values.json) io.stdout.write(`${JSON.stringify(result)}\n`);
    return EXIT_CODES.ok;
  } catch (e) {
    if (!isExportError(e)) throw e;
    io.stderr.write(`story-writer: ${e.message}\n`);
    return e.kind === 'unwritable' ? EXIT_CODES.unexpected : EXIT_CODES.badInput;
  }
}
