import * as vscode from 'vscode';
import type { Settings } from '../../core/config/settings';
import type { TokenCounter } from '../../core/generation/tokenCounter';
import type { Logger } from '../../core/ports';
import { estimateRunCost } from '../../core/workflow/costEstimate';
import { estimateMarkdown } from '../../hosts/costReport';
import type { StoryResolver } from './storyCommands';

/** Read-only documents holding estimates (never dirty, never saved); their Markdown reads as a table in the editor and in its preview. */
export const ESTIMATE_SCHEME = 'story-writer-estimate';

export class EstimateDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  show(name: string, markdown: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: ESTIMATE_SCHEME, path: `/${name} — estimated cost.md` });
    this.texts.set(uri.toString(), markdown);
    this.changed.fire(uri);
    return uri;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * `Story: Estimate Cost` — what a run of the story would generate now and what it would cost, per
 * stage, as a read-only Markdown document in the editor whose table is aligned in its source
 * (the writer can open its preview with the editor's own button). Nothing
 * is generated; countTokens (free) counts the prompts whose documents exist. Returns the Markdown
 * (for tests), or undefined when no story was chosen.
 */
/** What the command needs from the extension. */
export interface EstimateCostDeps {
  readonly resolver: StoryResolver;
  readonly counter: TokenCounter;
  readonly settings: () => Settings;
  readonly documents: EstimateDocuments;
  readonly log: Logger;
}

export async function estimateCost(deps: EstimateCostDeps, arg: unknown): Promise<string | undefined> {
  const { resolver, counter, settings, documents, log } = deps;
  const entry = await resolver.resolve(arg);
  if (!entry) return undefined;
  const { story } = entry;
  const title = entry.state.brief?.ok ? entry.state.brief.brief.title : story.name;
  const current = settings();
  const estimate = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Story Writer: estimating “${title}”…` }, () =>
    estimateRunCost({ fs: story.fs, storyDir: story.storyDir, settings: current, counter }),
  );
  log.info('Estimated cost', { story: story.storyDir, items: estimate.total.items, requests: estimate.total.requests, usd: estimate.total.costUsd, notes: estimate.notes });
  const markdown = estimateMarkdown(title, estimate, current['budget.maxUsdPerRun']);
  const document = await vscode.workspace.openTextDocument(documents.show(story.name, markdown));
  await vscode.languages.setTextDocumentLanguage(document, 'markdown');
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Active, preview: true });
  return markdown;
}
