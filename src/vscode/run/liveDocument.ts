import * as vscode from 'vscode';
import { Disposable } from '../disposable';

export const LIVE_SCHEME = 'story-writer-live';

/**
 * Streams an item's text (a chapter's prose, a structured stage rendered to Markdown) into a
 * read-only document while it is written. The real file is only written (atomically) by the
 * engine when the item is done; this document shows the text as it arrives without touching any
 * file or taking the focus from the writer's editor.
 */
export class LiveDocuments extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.changed.event;
  private readonly dirty = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private lastFlush = 0;

  constructor(private readonly throttleMs = 50) {
    super();
    this._register(vscode.workspace.registerTextDocumentContentProvider(LIVE_SCHEME, this));
    this._register({ dispose: () => clearTimeout(this.timer) });
  }

  uriFor(target: vscode.Uri, label: string): vscode.Uri {
    return vscode.Uri.from({ scheme: LIVE_SCHEME, path: target.path, query: encodeURIComponent(label) });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** Opens the live document beside the writer's editor, keeping their focus and their tab. */
  async open(uri: vscode.Uri, heading: string): Promise<void> {
    this.texts.set(uri.toString(), `${heading}\n\n`);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    await vscode.window.showTextDocument(doc, { preview: true, preserveFocus: true, viewColumn: vscode.ViewColumn.Beside });
  }

  /** Replaces the text shown (throttled: several redraws a second, not one per chunk). */
  update(uri: vscode.Uri, text: string): void {
    const key = uri.toString();
    if (!this.texts.has(key)) return;
    this.texts.set(key, text);
    this.dirty.add(key);
    // Leading edge: after a quiet spell the text shows at once; during a burst, at most once per
    // `throttleMs`.
    this.timer ??= setTimeout(() => this.flush(), Math.max(0, this.lastFlush + this.throttleMs - Date.now()));
  }

  close(uri: vscode.Uri): void {
    this.texts.delete(uri.toString());
    this.dirty.delete(uri.toString());
  }

  private flush(): void {
    this.timer = undefined;
    this.lastFlush = Date.now();
    for (const key of this.dirty) this.changed.fire(vscode.Uri.parse(key));
    this.dirty.clear();
  }
}
