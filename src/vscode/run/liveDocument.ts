import * as vscode from 'vscode';
import { Disposable } from '../disposable';
import { RedrawPolicy } from './redrawPolicy';

export const LIVE_SCHEME = 'story-writer-live';

/**
 * Streams an item's text (a chapter's prose, a structured stage rendered to Markdown) into a
 * read-only document while it is written. The real file is only written (atomically) by the
 * engine when the item is done; this document shows the text as it arrives without touching any
 * file or taking the focus from the writer's editor.
 */
export class LiveDocuments extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  /** The text the editor was last told about, per document. */
  private readonly fired = new Map<string, string>();
  private readonly changed = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.changed.event;
  private readonly redraws: RedrawPolicy;

  constructor(options = { minIntervalMs: 20, confirmTimeoutMs: 1000 }) {
    super();
    this.redraws = new RedrawPolicy(
      (key) => this.fire(key),
      { now: () => Date.now(), set: (f, ms) => setTimeout(f, ms), clear: (h) => clearTimeout(h as NodeJS.Timeout) },
      options,
    );
    this._register({ dispose: () => this.redraws.dispose() });
    this._register(vscode.workspace.registerTextDocumentContentProvider(LIVE_SCHEME, this));
    this._register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.scheme === LIVE_SCHEME) this.redraws.shown(e.document.uri.toString());
      }),
    );
  }

  uriFor(target: vscode.Uri, label: string): vscode.Uri {
    return vscode.Uri.from({ scheme: LIVE_SCHEME, path: target.path, query: encodeURIComponent(label) });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** Opens the live document beside the writer's editor, keeping their focus and their tab. */
  async open(uri: vscode.Uri, heading: string): Promise<void> {
    const text = `${heading}\n\n`;
    this.texts.set(uri.toString(), text);
    this.fired.set(uri.toString(), text);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    await vscode.window.showTextDocument(doc, { preview: true, preserveFocus: true, viewColumn: vscode.ViewColumn.Beside });
  }

  /** Replaces the text shown (as soon as the editor has shown the previous text; see RedrawPolicy). */
  update(uri: vscode.Uri, text: string): void {
    const key = uri.toString();
    if (!this.texts.has(key)) return;
    this.texts.set(key, text);
    this.redraws.changed(key);
  }

  close(uri: vscode.Uri): void {
    const key = uri.toString();
    this.texts.delete(key);
    this.fired.delete(key);
    this.redraws.forget(key);
  }

  private fire(key: string): boolean {
    const text = this.texts.get(key);
    if (text === undefined || text === this.fired.get(key)) return false;
    this.fired.set(key, text);
    this.changed.fire(vscode.Uri.parse(key));
    return true;
  }
}
