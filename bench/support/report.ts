// The benchmark's output: a table on stdout and a JSON file with the machine and every figure.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';

/** A figure with a goal. `met` is decided by comparing `value` with `target` as `goal` says. */
export interface Row {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** Human-readable goal, e.g. "≤ 1.05". */
  readonly goal: string;
  readonly met: boolean;
  readonly note?: string;
}

/** A figure reported for context, without a goal. */
export interface Info {
  readonly name: string;
  readonly value: number | string;
  readonly unit: string;
  readonly note?: string;
}

export type Comparison = '<=' | '>=' | '==';

const SYMBOL: Record<Comparison, string> = { '<=': '≤', '>=': '≥', '==': '=' };

export class Report {
  readonly rows: Row[] = [];
  readonly info: Info[] = [];
  readonly notes: string[] = [];

  goal(name: string, value: number, unit: string, comparison: Comparison, target: number, note?: string): Row {
    const ok = Number.isFinite(value) && (comparison === '<=' ? value <= target : comparison === '>=' ? value >= target : value === target);
    const row: Row = { name, value: tidy(value), unit, goal: `${SYMBOL[comparison]} ${target}${unit && unit !== '×' ? ` ${unit}` : ''}`, met: ok, ...(note ? { note } : {}) };
    this.rows.push(row);
    return row;
  }

  /** A goal that could not be measured: reported, never counted as met. */
  unmeasured(name: string, unit: string, comparison: Comparison, target: number, note: string): void {
    this.rows.push({ name, value: Number.NaN, unit, goal: `${SYMBOL[comparison]} ${target}${unit ? ` ${unit}` : ''}`, met: false, note });
  }

  add(name: string, value: number | string, unit: string, note?: string): void {
    this.info.push({ name, value: typeof value === 'number' ? tidy(value) : value, unit, ...(note ? { note } : {}) });
  }

  /** Sorts rows and details by the first of `prefixes` each name starts with (stable). */
  order(prefixes: readonly string[]): void {
    const rank = (name: string) => {
      const i = prefixes.findIndex((p) => name.startsWith(p));
      return i < 0 ? prefixes.length : i;
    };
    const sort = <T extends { name: string }>(list: T[]) => list.splice(0, list.length, ...[...list].sort((a, b) => rank(a.name) - rank(b.name)));
    sort(this.rows);
    sort(this.info);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  print(title: string): void {
    const lines: string[] = [];
    const width = Math.max(...[...this.rows, ...this.info].map((r) => r.name.length), 10);
    const fmt = (v: number | string) => (typeof v === 'number' ? (Number.isNaN(v) ? 'n/a' : v.toLocaleString('en-US', { maximumFractionDigits: 3 })) : v);
    lines.push('', title, '');
    lines.push(`${'figure'.padEnd(width)}  ${'value'.padStart(12)}  ${'unit'.padEnd(6)}  ${'goal'.padEnd(12)}  met`);
    lines.push('-'.repeat(width + 44));
    for (const r of this.rows) {
      lines.push(`${r.name.padEnd(width)}  ${fmt(r.value).padStart(12)}  ${r.unit.padEnd(6)}  ${r.goal.padEnd(12)}  ${r.met ? 'yes' : 'NO'}${r.note ? `  (${r.note})` : ''}`);
    }
    if (this.info.length > 0) {
      lines.push('', `${'details'.padEnd(width)}  ${'value'.padStart(12)}  unit`);
      lines.push('-'.repeat(width + 22));
      for (const r of this.info) lines.push(`${r.name.padEnd(width)}  ${String(fmt(r.value)).padStart(12)}  ${r.unit}${r.note ? `  (${r.note})` : ''}`);
    }
    if (this.notes.length > 0) lines.push('', ...this.notes.map((n) => `* ${n}`));
    const met = this.rows.filter((r) => r.met).length;
    lines.push('', `${met} of ${this.rows.length} goals met.`, '');
    process.stdout.write(`${lines.join('\n')}\n`);
  }

  write(file: string, extra: Record<string, unknown>): void {
    const json = {
      ...machine(),
      ...extra,
      rows: this.rows.map((r) => ({ ...r, value: Number.isNaN(r.value) ? null : r.value })),
      details: this.info,
      notes: this.notes,
    };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  }
}

export function machine(): Record<string, unknown> {
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpu[0]?.model?.trim() ?? 'unknown',
    cores: cpu.length,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

function tidy(value: number): number {
  if (!Number.isFinite(value)) return value;
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Replaces one scenario's rows (names starting with `prefix`) of an existing results file with
 * this run's, keeping every other scenario's figures (`npm run bench -- --only NAME`).
 */
export function mergeScenarioRows(file: string, report: Report, prefix: string, scenarioKey: string): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { rows: Array<{ name: string }>; details: Array<{ name: string }>; [key: string]: unknown };
  const mine = (r: { name: string }) => r.name.startsWith(prefix);
  json.rows = [...json.rows.filter((r) => !mine(r)), ...report.rows];
  json.details = [...json.details.filter((r) => !mine(r)), ...report.info];
  json[scenarioKey] = { ...machine(), note: `rows ${prefix}* measured by npm run bench -- --only ${prefix.slice(0, -1)}` };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}
