import { formatUsd } from '../../core/cost';
import { describeTokensAndCost, storyCost } from '../../hosts/costReport';
import * as vscode from 'vscode';
import { STAGE_LABELS, WORKFLOW_STAGES, isChapterStage, type WorkflowStage } from '../../core/stages';
import { describeInputKey } from '../../core/workflow/state/graph';
import type { ItemId, ItemStatus } from '../../core/workflow/state/items';
import type { ItemState } from '../../core/workflow/state/storyState';
import { Disposable } from '../disposable';
import type { StoryCatalog, StoryEntry } from '../storyCatalog';

/** Rows of the "Stages" tree: stories → stages → chapters. */
export type StageTreeNode =
  | { readonly kind: 'story'; readonly entry: StoryEntry }
  | { readonly kind: 'stage'; readonly entry: StoryEntry; readonly stage: WorkflowStage; readonly items: readonly ItemState[] }
  | { readonly kind: 'chapter'; readonly entry: StoryEntry; readonly item: ItemState };

/** How many findings a checker shows in a file (continuity), for the chapter rows. */
export interface FindingCounts {
  countFor(uri: vscode.Uri): number;
  readonly onDidChange: vscode.Event<void>;
}

/** Each chapter file's style score (findings per 1,000 words), once it has been checked. */
export interface StyleScores {
  scoreOf(uri: vscode.Uri): number | undefined;
  readonly onDidChange: vscode.Event<void>;
}

/** Which items a run is working on right now (the files alone cannot say). */
export interface RunningItems {
  isItemRunning(storyId: string, item: ItemId): boolean;
  readonly onDidChange: vscode.Event<void>;
}

const STATE_ICONS: Record<ItemStatus, vscode.ThemeIcon> = {
  done: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  running: new vscode.ThemeIcon('loading~spin'),
  stale: new vscode.ThemeIcon('history', new vscode.ThemeColor('list.warningForeground')),
  edited: new vscode.ThemeIcon('edit', new vscode.ThemeColor('charts.blue')),
  partial: new vscode.ThemeIcon('debug-pause', new vscode.ThemeColor('list.warningForeground')),
  failed: new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed')),
  skipped: new vscode.ThemeIcon('debug-step-over', new vscode.ThemeColor('disabledForeground')),
  pending: new vscode.ThemeIcon('circle-large-outline'),
};

const STATE_WORDS: Record<ItemStatus, string> = {
  done: 'Done',
  running: 'Writing…',
  stale: 'Stale',
  edited: 'Edited by you',
  partial: 'Partly written',
  failed: 'Failed',
  skipped: 'Skipped',
  pending: 'Not written yet',
};

/** The order in which one state outranks another when a stage sums up its chapters. */
const SUMMARY_ORDER: ItemStatus[] = ['running', 'failed', 'partial', 'stale', 'pending', 'edited', 'skipped', 'done'];

/**
 * The stage runner's tree. Each row shows its state as an icon, a description (words, model,
 * duration) and a Markdown tooltip (tokens, inputs, when generated, why stale). Items carry a
 * `contextValue` (`storyWriter.item stage-<id> state-<state>`) for the inline actions.
 */
export class StagesTreeProvider extends Disposable implements vscode.TreeDataProvider<StageTreeNode> {
  private readonly changed = this._register(new vscode.EventEmitter<StageTreeNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly catalog: StoryCatalog,
    private readonly running: RunningItems,
    private readonly findings?: FindingCounts,
    private readonly styleScores?: StyleScores,
  ) {
    super();
    if (styleScores) this._register(styleScores.onDidChange(() => this.changed.fire(undefined)));
    this._register(catalog.onDidChange(() => this.changed.fire(undefined)));
    this._register(running.onDidChange(() => this.changed.fire(undefined)));
    if (findings) this._register(findings.onDidChange(() => this.changed.fire(undefined)));
  }

  getChildren(node?: StageTreeNode): StageTreeNode[] {
    if (!node) return this.catalog.stories.map((entry) => ({ kind: 'story', entry }));
    if (node.kind === 'story') return stageNodes(node.entry);
    if (node.kind === 'stage' && isChapterStage(node.stage)) return node.items.map((item) => ({ kind: 'chapter', entry: node.entry, item }));
    return [];
  }

  getParent(node: StageTreeNode): StageTreeNode | undefined {
    if (node.kind === 'story') return undefined;
    if (node.kind === 'stage') return { kind: 'story', entry: node.entry };
    return stageNodes(node.entry).find((s) => s.kind === 'stage' && s.stage === node.item.stage);
  }

  getTreeItem(node: StageTreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'story':
        return this.storyItem(node.entry);
      case 'stage':
        return isChapterStage(node.stage) ? this.chapterStageItem(node) : this.itemRow(node.entry, node.items[0]!, STAGE_LABELS[node.stage]);
      case 'chapter':
        return this.itemRow(node.entry, node.item, `Chapter ${node.item.chapter}${node.item.title ? `: ${node.item.title}` : ''}`);
    }
  }

  /** The state shown for an item: the run's "running" overrides what the files say. */
  stateOf(entry: StoryEntry, item: ItemState): ItemStatus {
    return this.running.isItemRunning(entry.story.id, item.id) ? 'running' : item.state;
  }

  private storyItem(entry: StoryEntry): vscode.TreeItem {
    const brief = entry.state.brief;
    const title = brief?.ok ? brief.brief.title : entry.story.name;
    const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.Expanded);
    item.id = entry.story.id;
    item.iconPath = new vscode.ThemeIcon('book');
    const done = entry.state.items.filter((i) => i.state === 'done' || i.state === 'edited').length;
    item.description = `${done}/${entry.state.items.length} done${entry.story.folder.index > 0 || (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? ` · ${entry.story.folder.name}` : ''}`;
    const tip = new vscode.MarkdownString(`**${escape(title)}**\n\n${escape(entry.story.storyDir)}`);
    const cost = storyCost(entry.state.items);
    if (cost.total.files > 0) {
      tip.appendMarkdown(`\n\n| Cost so far | |\n|---|---|\n`);
      for (const [stage, c] of Object.entries(cost.byStage)) tip.appendMarkdown(`| ${STAGE_LABELS[stage as WorkflowStage]} | ${escape(describeTokensAndCost(c))} |\n`);
      tip.appendMarkdown(`| **Story** | ${escape(describeTokensAndCost(cost.total))} |\n`);
    }
    for (const p of entry.state.problems) tip.appendMarkdown(`\n\n$(warning) ${escape(p)}`);
    tip.supportThemeIcons = true;
    item.tooltip = tip;
    item.contextValue = 'storyWriter.story';
    item.resourceUri = entry.story.uri(entry.story.storyDir);
    return item;
  }

  private chapterStageItem(node: Extract<StageTreeNode, { kind: 'stage' }>): vscode.TreeItem {
    const states = node.items.map((i) => this.stateOf(node.entry, i));
    const summary = SUMMARY_ORDER.find((s) => states.includes(s)) ?? 'pending';
    const item = new vscode.TreeItem(STAGE_LABELS[node.stage], node.items.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    // The id changes with the chapter count, so a stage that gains chapters opens expanded.
    item.id = `${node.entry.story.id}#${node.stage}#${node.items.length}`;
    item.iconPath = STATE_ICONS[node.items.length ? summary : 'pending'];
    const done = states.filter((s) => s === 'done' || s === 'edited').length;
    const words = node.items.reduce((n, i) => n + (i.words ?? 0), 0);
    item.description = node.items.length ? `${done}/${node.items.length} chapters${words ? ` · ${words.toLocaleString('en-US')} words` : ''}` : 'after the outline';
    const cost = storyCost(node.items).total;
    item.tooltip = node.items.length
      ? `${STAGE_LABELS[node.stage]}: ${STATE_WORDS[summary]}${cost.files > 0 ? `\nCost: ${describeTokensAndCost(cost)}` : ''}`
      : 'Chapters appear once the outline exists.';
    item.contextValue = `storyWriter.stage stage-${node.stage} state-${summary}`;
    return item;
  }

  private itemRow(entry: StoryEntry, state: ItemState, label: string): vscode.TreeItem {
    const status = this.stateOf(entry, state);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `${entry.story.id}#${state.id}`;
    item.iconPath = STATE_ICONS[status];
    const problems = this.findings?.countFor(entry.story.uri(state.path)) ?? 0;
    item.description = problems > 0 ? `${problems} continuity · ${describe(state, status)}` : describe(state, status);
    item.tooltip = tooltip(state, status, label, this.styleScores?.scoreOf(entry.story.uri(state.path)));
    if (problems > 0) item.tooltip.appendMarkdown(`\n\n$(warning) ${problems} continuity problem${problems === 1 ? '' : 's'}: see Problems`);
    item.contextValue = `storyWriter.item stage-${state.stage} state-${status}`;
    item.resourceUri = entry.story.uri(state.path);
    if (status !== 'pending') item.command = { command: 'vscode.open', title: 'Open', arguments: [entry.story.uri(state.path)] };
    return item;
  }
}

function stageNodes(entry: StoryEntry): StageTreeNode[] {
  return WORKFLOW_STAGES.map((stage) => ({ kind: 'stage', entry, stage, items: entry.state.items.filter((i) => i.stage === stage) }));
}

function describe(state: ItemState, status: ItemStatus): string {
  const parts: string[] = [];
  if (status !== 'done' && status !== 'pending') parts.push(STATE_WORDS[status].toLowerCase());
  if (state.words) parts.push(`${state.words.toLocaleString('en-US')} words`);
  // The manuscript is assembled, not generated: it has no model and takes no time worth showing.
  // Duration before model: a narrow sidebar truncates the end, and the model is the same for most rows.
  if (state.meta && state.stage !== 'manuscript') {
    parts.push(`${(state.meta.durationMs / 1000).toFixed(1)} s`);
    parts.push(state.meta.model);
  }
  return parts.join(' · ');
}

function tooltip(state: ItemState, status: ItemStatus, label: string, styleScore?: number): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${escape(label)}** — ${STATE_WORDS[status]}\n\n`);
  if (state.reason) md.appendMarkdown(`${escape(state.reason)}\n\n`);
  if (state.staleInputs?.length) md.appendMarkdown(`Changed since it was written: ${state.staleInputs.map((k) => `\`${describeInputKey(k)}\``).join(', ')}\n\n`);
  const meta = state.meta;
  if (meta) {
    md.appendMarkdown(`| | |\n|---|---|\n`);
    md.appendMarkdown(`| Model | ${escape(meta.model)} |\n`);
    md.appendMarkdown(`| Generated | ${new Date(meta.generatedAt).toLocaleString()} |\n`);
    md.appendMarkdown(`| Took | ${(meta.durationMs / 1000).toFixed(1)} s |\n`);
    md.appendMarkdown(
      `| Tokens | ${meta.usage.promptTokens} in (${meta.usage.cachedTokens ?? 0} cached) · ${meta.usage.outputTokens} out · ${meta.usage.thinkingTokens} thinking |\n`,
    );
    if (meta.costUsd !== undefined) md.appendMarkdown(`| Cost | ${escape(formatUsd(meta.costUsd))} |\n`);
    if (state.words) md.appendMarkdown(`| Words | ${state.words.toLocaleString('en-US')} |\n`);
    md.appendMarkdown(
      `| Inputs | ${
        Object.keys(meta.inputs)
          .map((k) => escape(describeInputKey(k)))
          .join(', ') || '—'
      } |\n`,
    );
  }
  if (styleScore !== undefined) md.appendMarkdown(`\nStyle: ${styleScore.toLocaleString('en-US')} findings per 1,000 words (Problems panel)\n\n`);
  md.appendMarkdown(`\n\`${escape(state.file)}\``);
  return md;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|]/g, '\\$&');
}
