import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  compareFindings,
  meetsSeverity,
  type Finding,
  type FindingChecker,
  type FindingSeverity,
  type FindingSource,
  type FindingsReport,
  type QuotedPassage,
} from '../../core/findings/finding';
import type { Settings } from '../../core/config/settings';
import { BRIEF_FILE } from '../../core/stages';
import { StyleChecker, styleOptionsFrom } from '../../core/style';
import { NodeFileSystem } from '../../node/nodeFileSystem';
import { UsageError } from '../cliError';
import { loadSettings } from '../config';
import { EXIT_CODES } from '../exitCodes';
import { loggerFor, type CliIo } from '../host';
import { cliContinuityChecker } from './lintContinuity';

export const lintHelp = `story-writer lint DIR [--style] [--continuity] [--json] [--fail-on error|warning] [--config FILE]

Reports the story's problems with file:line:column, rule, severity, message, the passage and its
evidence. --style: stock phrases, repeated phrases and openings, flat rhythm, adverbs, dialogue
tags, point-of-view and tense slips (offline, no request; storyWriter.style.* settings in --config
turn rules off or add phrases, and the story's style.md adds phrases under "Avoid"). --continuity:
contradictions with the bible and earlier chapters (asks the model). With neither flag: --style.
--json prints { findings, scores, dropped } (lines and columns 0-based; scores per checker and
chapter file, in findings per 1,000 words). Exit code 0, or ${EXIT_CODES.findings} when --fail-on is given and a finding
is at least that severe.`;

const FAIL_ON = ['error', 'warning'] as const satisfies readonly FindingSeverity[];
/** The checkers' flags, in the order their findings' sources are listed. */
const SOURCES: readonly FindingSource[] = ['style', 'continuity'];
type FailOn = (typeof FAIL_ON)[number];

/** What a checker needs to be built by the command. */
export interface LintCheckerContext {
  readonly settings: Settings;
  readonly io: CliIo;
}

/** A checker as `lint` holds it: one that opens something (a model service) closes it in `dispose`. */
export interface LintChecker extends FindingChecker {
  dispose?(): void | Promise<void>;
}

/** A checker `lint` can run: `--<source>` selects it. */
export interface LintCheckerEntry {
  readonly source: FindingSource;
  create(context: LintCheckerContext): LintChecker | Promise<LintChecker>;
}

/**
 * The checkers this build has, by the flag that selects them. A checker is added with one entry;
 * a flag whose checker is not here is refused with a usage error rather than reporting nothing.
 */
export const LINT_CHECKERS: readonly LintCheckerEntry[] = [
  { source: 'style', create: ({ settings }) => new StyleChecker(new NodeFileSystem(), () => styleOptionsFrom(settings)) },
  {
    source: 'continuity',
    create: ({ settings, io }) => {
      const { checker, dispose } = cliContinuityChecker(io, settings, loggerFor(io, false));
      return { ...checker, dispose };
    },
  },
];

/** The command over a given list of checkers (tests pass their own). */
export function lintCommand(checkers: readonly LintCheckerEntry[]) {
  return async (argv: string[], io: CliIo): Promise<number> => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        style: { type: 'boolean', default: false },
        continuity: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
      },
      strict: true,
    });
    if (positionals.length !== 1) throw new UsageError(`lint needs one story folder (got ${positionals.length}). Usage: ${lintHelp.split('\n')[0]}`);
    const failOn = parseFailOn(values['fail-on']);
    const flags: Record<FindingSource, boolean> = { style: values.style, continuity: values.continuity };
    const asked = SOURCES.filter((source) => flags[source]);
    // Continuity costs requests: only when asked for.
    const wanted = asked.length > 0 ? asked : (['style'] as const);
    const selected = wanted.map((source) => {
      const entry = checkers.find((c) => c.source === source);
      if (!entry) throw new UsageError(`--${source} is not available in this build of story-writer: it has no ${source} checker. Run lint with --style.`);
      return entry;
    });
    const storyDir = resolve(io.cwd, positionals[0]!);
    await requireStoryFolder(storyDir);
    const settings = await loadSettings(values.config);

    const reports = new Map<FindingSource, FindingsReport>();
    for (const entry of selected) {
      const checker = await entry.create({ settings, io });
      try {
        reports.set(entry.source, await checker.check(storyDir, io.signal));
      } finally {
        await checker.dispose?.();
      }
    }
    const findings = [...reports.values()].flatMap((r) => r.findings).sort(compareFindings);

    if (values.json) io.stdout.write(`${JSON.stringify(jsonReport(reports, findings))}\n`);
    else io.stdout.write(findings.map((f) => formatFinding(f, io.cwd)).join(''));
    io.stderr.write(`${summary(findings, reports)}\n`);
    return failOn && findings.some((f) => meetsSeverity(f, failOn)) ? EXIT_CODES.findings : EXIT_CODES.ok;
  };
}

export const lint = lintCommand(LINT_CHECKERS);

function parseFailOn(value: string | undefined): FailOn | undefined {
  if (value === undefined) return undefined;
  if ((FAIL_ON as readonly string[]).includes(value)) return value as FailOn;
  throw new UsageError(`--fail-on must be ${FAIL_ON.join(' or ')} (found "${value}").`);
}

async function requireStoryFolder(storyDir: string): Promise<void> {
  const fs = new NodeFileSystem();
  const dir = await fs.stat(storyDir);
  if (!dir) throw new UsageError(`${storyDir} does not exist. Give the folder of a story (the one with ${BRIEF_FILE}).`);
  if (dir.type !== 'directory') throw new UsageError(`${storyDir} is a file, not a story folder. Give the folder that holds ${BRIEF_FILE}.`);
  if (!(await fs.stat(`${storyDir}/${BRIEF_FILE}`))) throw new UsageError(`${storyDir} is not a story folder: it has no ${BRIEF_FILE}. Give the folder "story-writer new" made.`);
}

function jsonReport(reports: ReadonlyMap<FindingSource, FindingsReport>, findings: readonly Finding[]) {
  const scores: Partial<Record<FindingSource, Readonly<Record<string, number>>>> = {};
  let dropped = 0;
  for (const [source, report] of reports) {
    if (report.scores) scores[source] = report.scores;
    dropped += report.dropped ?? 0;
  }
  return { findings, scores, dropped };
}

/** `path:line:col: severity source/rule message` (1-based, as editors and terminals link them), then the quotes. */
function formatFinding(f: Finding, cwd: string): string {
  const lines = [`${where(f.passage, cwd)}: ${f.severity} ${f.source}/${f.rule} ${f.message}`, `    > ${oneLine(f.passage.quote)}`];
  for (const e of f.evidence ?? []) lines.push(`    evidence ${where(e, cwd)}: ${oneLine(e.quote)}`);
  if (f.suggestion) lines.push(`    suggestion: ${f.suggestion}`);
  return `${lines.join('\n')}\n`;
}

function where(p: QuotedPassage, cwd: string): string {
  return `${relative(cwd, p.file) || p.file}:${p.range.startLine + 1}:${p.range.startColumn + 1}`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}

function summary(findings: readonly Finding[], reports: ReadonlyMap<FindingSource, FindingsReport>): string {
  const by = (s: FindingSeverity) => findings.filter((f) => f.severity === s).length;
  const files = new Set(findings.map((f) => f.passage.file)).size;
  const dropped = [...reports.values()].reduce((n, r) => n + (r.dropped ?? 0), 0);
  const checked = [...reports.keys()].join(' and ');
  return `${checked}: ${count(findings.length, 'finding')} (${count(by('error'), 'error')}, ${count(by('warning'), 'warning')}, ${count(by('information'), 'note')}) in ${count(files, 'file')}${dropped ? `; ${dropped} dropped unverified` : ''}.`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
