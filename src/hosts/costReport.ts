import { formatUsd } from '../core/cost';
import type { CheckpointMeta } from '../core/checkpoint/meta';
import type { CostEstimate, EstimateTotals } from '../core/workflow/costEstimate';
import type { BudgetReport } from '../core/workflow/progress';
import type { ItemState } from '../core/workflow/state/storyState';
import { STAGE_LABELS, type WorkflowStage } from '../core/stages';

/** How both hosts show cost: the estimate's table, a budget's outcome, a story's cost so far. */

const n = (value: number) => Math.round(value).toLocaleString('en-US');

const HEADER = ['Stage', 'Items', 'Requests', 'Tokens in', 'Tokens out', 'Thinking', 'Cost'];

/** Header, one row per stage, the total: cells as text. */
function estimateRows(estimate: CostEstimate, totalLabel: string): string[][] {
  const row = (label: string, t: EstimateTotals) => [label, n(t.items), n(t.requests), n(t.inputTokens), n(t.outputTokens), n(t.thinkingTokens), formatUsd(t.costUsd)];
  return [HEADER, ...estimate.stages.map((s) => row(STAGE_LABELS[s.stage], s)), row(totalLabel, estimate.total)];
}

/** Cells padded to their column's width: the stage name left, the figures right. */
function aligned(rows: string[][]): (r: string[]) => string[] {
  const widths = HEADER.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return (r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)));
}

/** The estimate as a fixed-width table (the CLI's `--dry-run`). */
export function estimateTable(estimate: CostEstimate): string {
  const rows = estimateRows(estimate, 'Total');
  const pad = aligned(rows);
  const line = (r: string[]) => pad(r).join('  ');
  return [...rows.slice(0, -1).map(line), '-'.repeat(line(rows[0]!).length), line(rows.at(-1)!)].join('\n');
}

/** What the estimate rests on: how many prompts were counted, and the stated model for the rest. */
export function estimateBasis(estimate: CostEstimate): string[] {
  const counted = estimate.items.filter((i) => i.basis === 'counted').length;
  const lines = [
    `${counted} of ${estimate.items.length} prompts counted with countTokens; the rest follow the stated model:`,
    ...estimate.model.map((m) => `  - ${m}`),
    ...estimate.notes,
  ];
  if (estimate.unpricedModels.length > 0) lines.push(`No price for ${estimate.unpricedModels.join(', ')}: add it to storyWriter.prices; those items are not in the cost.`);
  return lines;
}

/** One line after a run under a budget: spent of the budget, and, when it stopped the run, what is left. */
export function describeBudget(report: BudgetReport): string {
  const spent = `${formatUsd(report.spentUsd)} of the ${formatUsd(report.maxUsd)} budget`;
  if (!report.reached) return `Spent ${spent}.`;
  const more = report.left.length > 8 ? ` and ${report.left.length - 8} more` : '';
  const left = report.left.length === 0 ? '' : ` Not made yet (${report.left.length}): ${report.left.slice(0, 8).join(', ')}${more}.`;
  return `Budget reached: spent ${spent}; the next request could have gone over it, so nothing more was started. Everything written is kept.${left} Raise the budget and run again to go on.`;
}

export interface StoryCost {
  readonly usd: number;
  readonly promptTokens: number;
  readonly cachedTokens: number;
  readonly outputTokens: number;
  readonly thinkingTokens: number;
  readonly files: number;
}

/** What the story's files cost to make, as their front matter records it, overall and by stage. */
export function storyCost(items: readonly ItemState[]): { total: StoryCost; byStage: Partial<Record<WorkflowStage, StoryCost>> } {
  const empty: StoryCost = { usd: 0, promptTokens: 0, cachedTokens: 0, outputTokens: 0, thinkingTokens: 0, files: 0 };
  const add = (sum: StoryCost, meta: CheckpointMeta): StoryCost => ({
    usd: sum.usd + (meta.costUsd ?? 0),
    promptTokens: sum.promptTokens + meta.usage.promptTokens,
    cachedTokens: sum.cachedTokens + (meta.usage.cachedTokens ?? 0),
    outputTokens: sum.outputTokens + meta.usage.outputTokens,
    thinkingTokens: sum.thinkingTokens + meta.usage.thinkingTokens,
    files: sum.files + 1,
  });
  let total = empty;
  const byStage: Partial<Record<WorkflowStage, StoryCost>> = {};
  for (const item of items) {
    if (!item.meta || item.meta.model === 'none') continue;
    total = add(total, item.meta);
    byStage[item.stage] = add(byStage[item.stage] ?? empty, item.meta);
  }
  return { total, byStage };
}

/** `$0.0412 · 12,345 in (4,096 cached) · 3,210 out · 800 thinking` */
export function describeTokensAndCost(c: Pick<StoryCost, 'usd' | 'promptTokens' | 'cachedTokens' | 'outputTokens' | 'thinkingTokens'>): string {
  return `${formatUsd(c.usd)} · ${n(c.promptTokens)} in (${n(c.cachedTokens)} cached) · ${n(c.outputTokens)} out · ${n(c.thinkingTokens)} thinking`;
}

/** The estimate as Markdown (VS Code's `Story: Estimate Cost` preview): a table per stage, then what it rests on. */
export function estimateMarkdown(title: string, estimate: CostEstimate, budgetUsd: number): string {
  if (estimate.items.length === 0) return `# Estimated cost: ${title}\n\nUp to date: a run would generate nothing and cost nothing.\n`;
  const models = [...new Set(estimate.items.map((i) => i.model))].join(', ');
  // A Markdown table whose source reads as a table too: the columns are padded.
  const rows = estimateRows(estimate, '**Total**');
  const pad = aligned(rows);
  const line = (r: string[]) => `| ${pad(r).join(' | ')} |`;
  const rule = `| ${pad(HEADER)
    .map((cell, c) => (c === 0 ? '-'.repeat(cell.length) : `${'-'.repeat(cell.length - 1)}:`))
    .join(' | ')} |`;
  const lines = [
    `# Estimated cost: ${title}`,
    '',
    `**${formatUsd(estimate.total.costUsd)}** for what a run would generate now: ${estimate.total.items} items, ${estimate.total.requests} requests on ${models}. Nothing has been generated.`,
    ...(budgetUsd > 0
      ? [
          '',
          `Budget per run (\`storyWriter.budget.maxUsdPerRun\`): ${formatUsd(budgetUsd)}${estimate.total.costUsd > budgetUsd ? ' — the run would stop at the budget before it finishes.' : '.'}`,
        ]
      : []),
    '',
    line(rows[0]!),
    rule,
    ...rows.slice(1).map(line),
    '',
    '## How this is estimated',
    '',
    ...estimateBasis(estimate).map((line) => (line.startsWith('  - ') ? line.slice(2) : line)),
    '',
  ];
  return lines.join('\n');
}
