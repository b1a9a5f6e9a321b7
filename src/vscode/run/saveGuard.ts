import * as vscode from 'vscode';
import { writeFileAtomic } from '../../core/checkpoint/atomicWrite';
import { backupFile } from '../../core/checkpoint/backups';
import { systemClock } from '../../core/clock';
import { STAGE_LABELS } from '../../core/stages';
import type { Logger } from '../../core/ports';
import type { ProgressEvent } from '../../core/workflow/progress';
import type { ItemId } from '../../core/workflow/state/items';
import { Disposable } from '../disposable';
import type { Questions } from '../questions';
import type { StoryEntry } from '../storyCatalog';

export const KEEP_MINE = 'Keep My Version';
export const USE_NEW = 'Use the New Text';

/** What became of a file the writer saved while the run was writing it. */
export interface SaveOutcome {
  readonly item: ItemId;
  readonly choice: 'kept-writer' | 'kept-new' | 'cancelled';
  readonly message: string;
}

/**
 * Guards the files a run is writing right now. When the writer saves one of them, the run would
 * replace their text when the item finishes (the engine keeps a backup, but says nothing); so the
 * writer is asked instead. "Keep My Version" puts their saved text back once the item is written
 * (the new text goes to the backups); "Use the New Text" lets the run's text stand (their version
 * is in the backups). Nothing is lost either way, and each answer is acknowledged.
 */
export class SaveGuard extends Disposable {
  private readonly finished = new Set<ItemId>();
  private readonly failed = new Set<ItemId>();
  private ended = false;
  private readonly waiting = new Map<ItemId, () => void>();
  readonly outcomes: SaveOutcome[] = [];

  constructor(
    private readonly entry: StoryEntry,
    private readonly running: ReadonlySet<ItemId>,
    private readonly questions: Questions,
    private readonly token: vscode.CancellationToken,
    private readonly log: Logger,
  ) {
    super();
    this._register(vscode.workspace.onDidSaveTextDocument((doc) => this.saved(doc)));
    // When the run ends, an item it never finished will not be written any more.
    this._register({
      dispose: () => {
        this.ended = true;
        for (const release of this.waiting.values()) release();
      },
    });
  }

  progress(event: ProgressEvent): void {
    if (event.type === 'item-started') this.finished.delete(event.itemId);
    if (event.type !== 'item-finished' && event.type !== 'item-failed') return;
    this.finished.add(event.itemId);
    if (event.type === 'item-failed') this.failed.add(event.itemId);
    this.waiting.get(event.itemId)?.();
  }

  private saved(doc: vscode.TextDocument): void {
    // Every save in the workspace comes here: look only at the items the run is writing.
    if (this.running.size === 0) return;
    const saved = doc.uri.toString();
    const item = this.entry.state.items.find((i) => this.running.has(i.id) && this.entry.story.uri(i.path).toString() === saved);
    if (!item) return;
    const text = doc.getText();
    const label = item.chapter !== undefined ? `${STAGE_LABELS[item.stage]}, chapter ${item.chapter}` : STAGE_LABELS[item.stage];
    this.log.info('The writer saved a file the run is writing', { item: item.id });
    void this.ask(item.id, item.file, label, text);
  }

  private async ask(item: ItemId, file: string, label: string, text: string): Promise<void> {
    const choice = await this.questions.ask(
      'warning',
      `Story Writer: you saved ${label} (${file}) while it is being written again. Keep your version, or use the new text? The other one goes to .story-writer/backups.`,
      [KEEP_MINE, USE_NEW],
      this.token,
    );
    if (this.token.isCancellationRequested) {
      this.record({ item, choice: 'cancelled', message: `Story Writer: run cancelled; ${file} keeps your saved text.` });
      return;
    }
    if (choice === USE_NEW) {
      this.record({ item, choice: 'kept-new', message: `Story Writer: ${file} gets the new text; your saved version is kept in .story-writer/backups.` });
      return;
    }
    await this.itemWritten(item);
    if (this.failed.has(item) || !this.finished.has(item)) {
      // Nothing replaced the writer's file: the item failed, or the run ended before writing it.
      this.record({ item, choice: 'kept-writer', message: `Story Writer: ${file} keeps your saved text; the run did not replace it.` });
      return;
    }
    const { fs, storyDir } = this.entry.story;
    const backup = await backupFile(fs, storyDir, file, systemClock);
    await writeFileAtomic(fs, `${storyDir}/${file}`, text);
    this.record({
      item,
      choice: 'kept-writer',
      message: `Story Writer: kept your version of ${file}.${backup ? ` The new text is in ${backup.slice(storyDir.length + 1)}.` : ''}`,
    });
  }

  private itemWritten(item: ItemId): Promise<void> {
    if (this.ended || this.finished.has(item) || !this.running.has(item)) return Promise.resolve();
    return new Promise((resolve) => this.waiting.set(item, resolve));
  }

  private record(outcome: SaveOutcome): void {
    this.outcomes.push(outcome);
    this.log.info('Saved during the run', { item: outcome.item, choice: outcome.choice });
    void vscode.window.showInformationMessage(outcome.message);
  }
}
