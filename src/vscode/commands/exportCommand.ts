import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { Settings } from '../../core/config/settings';
import { defaultExportPath, EXPORT_FORMATS, exportStory, FORMAT_INFO, isExportError, parseFormat, type ExportFormat, type ExportResult } from '../../core/export';
import type { Logger } from '../../core/ports';
import { presentError } from '../errorPresenter';
import { WorkspaceFileSystem } from '../workspaceFileSystem';
import type { StoryResolver } from './storyCommands';

/** Arguments for automation: the story, the format and where to write, so nothing is asked. */
interface ExportArgs {
  readonly story?: string;
  readonly format?: string;
  readonly out?: vscode.Uri | string;
}

function argsOf(arg: unknown): ExportArgs {
  return typeof arg === 'object' && arg !== null && !('kind' in arg) && !(arg instanceof vscode.Uri) ? (arg as ExportArgs) : {};
}

/**
 * `Story: Export…` — which format (quick pick), where (save dialog), then the book is built from
 * the story's files alone: no model call and no key, so it works in an untrusted workspace too.
 * Returns the result (for tests), or undefined when the writer cancels or the export fails.
 */
export async function exportBook(resolver: StoryResolver, settings: () => Settings, log: Logger, arg: unknown): Promise<ExportResult | undefined> {
  const entry = await resolver.resolve(arg);
  if (!entry) return undefined;
  const args = argsOf(arg);
  try {
    const format = args.format ? parseFormat(args.format) : await pickFormat();
    if (!format) return undefined;
    const story = entry.story;
    const target = args.out ? toUri(args.out, story.uri(story.storyDir)) : await pickTarget(story.uri(defaultExportPath(story.storyDir, format)), format);
    if (!target) return undefined;
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Exporting ${FORMAT_INFO[format].label}…` }, () =>
      exportStory(story.fs, {
        storyDir: story.storyDir,
        format,
        outPath: target.path,
        outFs: new WorkspaceFileSystem(target),
        author: settings()['export.author'],
        now: new Date(),
      }),
    );
    log.info('Exported', { story: story.storyDir, format, path: result.path, chapters: result.chapters, words: result.words });
    for (const warning of result.warnings) log.warn(warning);
    void announce(result, target);
    return result;
  } catch (e) {
    log.error('Export failed', { error: (e as Error).message });
    if (!isExportError(e)) throw e;
    presentError(e);
    return undefined;
  }
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const pick = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((format) => ({ label: FORMAT_INFO[format].label, detail: FORMAT_INFO[format].detail, format })),
    { placeHolder: 'Export the story as…' },
  );
  return pick?.format;
}

async function pickTarget(suggested: vscode.Uri, format: ExportFormat): Promise<vscode.Uri | undefined> {
  const { label, extension } = FORMAT_INFO[format];
  return vscode.window.showSaveDialog({ defaultUri: suggested, filters: { [label]: [extension] }, saveLabel: 'Export', title: `Export as ${label}` });
}

function toUri(out: vscode.Uri | string, storyUri: vscode.Uri): vscode.Uri {
  if (out instanceof vscode.Uri) return out;
  return storyUri.with({ path: posix.isAbsolute(out) ? out : posix.join(storyUri.path, out) });
}

async function announce(result: ExportResult, target: vscode.Uri): Promise<void> {
  const drafts = result.warnings.length > 0 ? ` Note: ${result.warnings.join('; ')}.` : '';
  const message = `Story Writer: exported ${result.chapters} chapter${result.chapters === 1 ? '' : 's'} (${result.words.toLocaleString('en-US')} words) to ${posix.basename(result.path)}.${drafts}`;
  const show = result.warnings.length > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  const choice = await show(message, 'Reveal in Explorer');
  if (choice) await vscode.commands.executeCommand('revealInExplorer', target);
}
