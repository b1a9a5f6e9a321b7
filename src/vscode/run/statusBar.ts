import * as vscode from 'vscode';
import type { ProgressEvent } from '../../core/workflow/progress';
import type { GeminiService } from '../../gemini';
import { Disposable } from '../disposable';
import type { StoryEntry } from '../storyCatalog';

/**
 * The status bar item of a run: what is being written, words and requests so far, and while the
 * run waits, the countdown: a 429 pausing the limiter ("Rate limited — retrying in 12 s") or the
 * circuit breaker's pause after repeated overload ("Gemini busy — next try in 42 s"). Clicking it
 * opens the statistics.
 */
export class RunStatusBar extends Disposable {
  private readonly item = this._register(vscode.window.createStatusBarItem('storyWriter.run', vscode.StatusBarAlignment.Left, 50));
  private ticker: NodeJS.Timeout | undefined;
  private last: ProgressEvent | undefined;
  private story = '';

  constructor(private readonly service: GeminiService) {
    super();
    this.item.name = 'Story Writer';
    this.item.command = 'storyWriter.showStatistics';
    this._register({ dispose: () => clearInterval(this.ticker) });
  }

  start(entry: StoryEntry): void {
    this.story = entry.state.brief?.ok ? entry.state.brief.brief.title : entry.story.name;
    this.last = undefined;
    this.render();
    this.item.show();
    // The countdown moves even when no event arrives.
    this.ticker = setInterval(() => this.render(), 1000);
  }

  progress(event: ProgressEvent): void {
    this.last = event;
    this.render();
  }

  stop(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
    this.item.hide();
  }

  private render(): void {
    const stats = this.service.getStatistics();
    const e = this.last;
    const words = e?.words ? ` · ${e.words.toLocaleString('en-US')} words` : '';
    const ahead = stats.speculative.requests > 0 ? ` (${stats.speculative.requests} made ahead)` : '';
    const requests = ` · ${stats.requests} requests${ahead}`;
    if (stats.circuitOpenForMs > 0) {
      this.item.text = `$(watch) Gemini busy — next try in ${Math.ceil(stats.circuitOpenForMs / 1000)} s`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else if (stats.rateLimitedForMs > 0) {
      this.item.text = `$(watch) Rate limited — retrying in ${Math.ceil(stats.rateLimitedForMs / 1000)} s`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else if (e?.type === 'batch') {
      this.item.text = `$(cloud-upload) Story: ${e.stage} batch job ${e.state} (${e.entries} chapters)${requests}`;
      this.item.backgroundColor = undefined;
    } else {
      const where = e ? `${e.stage}${e.chapter !== undefined && e.total ? ` ${e.index ?? '?'}/${e.total}` : ''}` : 'starting';
      this.item.text = `$(loading~spin) Story: ${where}${words}${requests}`;
      this.item.backgroundColor = undefined;
    }
    this.item.tooltip = `Story Writer is writing “${this.story}”. Click for statistics; Story: Cancel stops (text so far is kept).`;
  }
}
