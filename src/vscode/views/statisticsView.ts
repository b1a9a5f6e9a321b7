import * as vscode from 'vscode';
import { costOf, formatUsd, type PriceOverrides } from '../../core/cost';
import type { ServiceStatistics, SpeculativeSpending } from '../../gemini/types';
import { Disposable } from '../disposable';

type StatisticsSource = { getStatistics(): ServiceStatistics; onDidChange(listener: () => void): { dispose(): void } };

/** The "Statistics" view: the service's live figures, redrawn at most a few times a second. */
export class StatisticsTreeProvider extends Disposable implements vscode.TreeDataProvider<vscode.TreeItem> {
  private readonly changed = this._register(new vscode.EventEmitter<undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private pending: NodeJS.Timeout | undefined;

  constructor(
    private readonly service: StatisticsSource,
    private readonly prices: () => PriceOverrides = () => ({}),
  ) {
    super();
    this._register(service.onDidChange(() => this.scheduleRefresh()));
    this._register({ dispose: () => clearTimeout(this.pending) });
  }

  private scheduleRefresh(): void {
    // Statistics change with every streamed chunk; the view needs a few frames a second at most.
    this.pending ??= setTimeout(() => {
      this.pending = undefined;
      this.changed.fire(undefined);
    }, 250);
  }

  getTreeItem(element: vscode.TreeItem): vscode.TreeItem {
    return element;
  }

  getChildren(): vscode.TreeItem[] {
    return statisticsRows(this.service.getStatistics(), this.prices()).map(([label, value, tooltip]) => {
      const item = new vscode.TreeItem(label);
      item.description = value;
      item.tooltip = tooltip;
      return item;
    });
  }
}

const ms = (v: number) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const pct = (v: number) => `${(v * 100).toFixed(0)} %`;
const n = (v: number) => v.toLocaleString('en-US');
const bytes = (v: number) => (v >= 1024 * 1024 ? `${(v / 1024 / 1024).toFixed(1)} MB` : `${(v / 1024).toFixed(1)} KB`);

/** Label, value and explanation of each figure, in reading order. */
export function statisticsRows(s: ServiceStatistics, prices: PriceOverrides = {}): Array<[string, string, string]> {
  return [
    [
      'Cost (session)',
      sessionCost(s, prices),
      'What this session’s replies cost at the price table’s rates (storyWriter.prices overrides), cached input at its own price, thinking as output',
    ],
    ['Requests', n(s.requests), 'Calls made by Story Writer (cached ones included)'],
    ['API calls', n(s.apiCalls), 'HTTP requests actually sent to Gemini, retries included'],
    speculativeRow(s.speculative),
    ['Cache hit rate', `${pct(s.cacheHitRate)} (${n(s.cacheHits)} hits, ${n(s.cacheMisses)} misses)`, 'Replies served from the cache'],
    ['Cache', `${n(s.cacheEntries)} entries, ${bytes(s.cacheBytes)} · disk ${n(s.diskCacheEntries)}, ${bytes(s.diskCacheBytes)}`, 'Memory and disk tiers of the response cache'],
    ['Retries', n(s.retries), 'Requests tried again after a rate limit, overload or network failure'],
    ['Errors', `${n(s.errors)} (${pct(s.errorRate)})${errorKinds(s)}`, 'Failed requests by kind'],
    ['Latency', `mean ${ms(s.latencyMs.mean)} · p50 ${ms(s.latencyMs.p50)} · p95 ${ms(s.latencyMs.p95)}`, 'Time from request to complete reply'],
    ['First token', `mean ${ms(s.timeToFirstTokenMs.mean)} · p95 ${ms(s.timeToFirstTokenMs.p95)}`, 'Time until the first text arrived'],
    [
      'Tokens',
      `${n(s.tokensIn)} in (${n(s.cachedTokens)} cached) · ${n(s.tokensOut)} out · ${n(s.thinkingTokens)} thinking`,
      'Tokens sent and received; cached: input Gemini served from its cache',
    ],
    ['Throughput', `${s.requestsPerSecond.toFixed(2)} req/s · ${s.tokensPerSecond.toFixed(0)} tok/s`, 'Since the first request or the last reset'],
    [
      'Waiting on rate limit',
      ms(s.limiterWaitMs) + (s.rateLimitedForMs > 0 ? ` (paused ${Math.ceil(s.rateLimitedForMs / 1000)} s more)` : ''),
      'Time requests spent queued by the rate limiter',
    ],
    ['Circuit', s.circuitState, 'closed: normal · open: paused after repeated failures · half-open: probing'],
  ];
}

/** What writing ahead cost: its own line, though already counted in the requests and tokens. */
function speculativeRow(s: SpeculativeSpending): [string, string, string] {
  const tokens = s.tokensIn + s.tokensOut + s.thinkingTokens;
  return [
    'Speculative',
    `${n(s.requests)} request${s.requests === 1 ? '' : 's'} · ${n(tokens)} tokens`,
    `The next stage written ahead while you review one (storyWriter.workflow.predictNextStage): ${n(s.apiCalls)} API calls; ${n(s.tokensIn)} in · ${n(s.tokensOut)} out · ${n(s.thinkingTokens)} thinking. Included in Requests, API calls and Tokens; wasted only when you edit the stage, regenerate or stop.`,
  ];
}

/** `$0.0412`, per model when more than one, and the models without a price named. */
function sessionCost(s: ServiceStatistics, prices: PriceOverrides): string {
  const models = Object.entries(s.usageByModel);
  const priced = models.map(([model, u]) => ({ model, cost: costOf(model, u, 'interactive', prices) }));
  const total = priced.reduce((sum, p) => sum + (p.cost?.usd ?? 0), 0);
  const each = priced.length > 1 ? ` (${priced.map((p) => `${p.model} ${p.cost ? formatUsd(p.cost.usd) : 'no price'}`).join(', ')})` : '';
  const unpriced = priced.length === 1 && !priced[0]!.cost ? ` (no price for ${priced[0]!.model})` : '';
  return `${formatUsd(total)}${each}${unpriced}`;
}

function errorKinds(s: ServiceStatistics): string {
  const kinds = Object.entries(s.errorsByKind).filter(([, v]) => v > 0);
  return kinds.length ? ` — ${kinds.map(([k, v]) => `${k} ${v}`).join(', ')}` : '';
}
