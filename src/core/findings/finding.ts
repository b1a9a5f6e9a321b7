/**
 * What the continuity check and the style rules report about a story's text, in one shape, so the
 * editor (diagnostics), the tree (counts and scores) and `story-writer lint` (text and JSON) show
 * both the same way. Positions are 0-based lines and UTF-16 columns of the file as it is on disk,
 * front matter included, so a host can place them without re-parsing.
 */

export type FindingSeverity = 'error' | 'warning' | 'information';

/** Which checker produced a finding: each has its own diagnostic collection and CLI flag. */
export type FindingSource = 'continuity' | 'style';

export interface TextRange {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A passage the finding points at: where it is and exactly what it says there. */
export interface QuotedPassage {
  /** Absolute path in the host's namespace (see `ports.ts`). */
  readonly file: string;
  readonly range: TextRange;
  readonly quote: string;
}

export interface Finding {
  readonly source: FindingSource;
  /** A style rule id (`stock-phrase`) or a continuity category (`character`, `timeline`, …). */
  readonly rule: string;
  readonly severity: FindingSeverity;
  /** One line a writer can act on. */
  readonly message: string;
  /** The offending passage in the file being checked. */
  readonly passage: QuotedPassage;
  /** What the passage contradicts or repeats, when there is such a place (bible line, earlier chapter). */
  readonly evidence?: readonly QuotedPassage[];
  /** A suggested fix in words, when the checker has one. */
  readonly suggestion?: string;
}

/** What one checker found in one story, plus what it had to drop (a hallucinated quote is never shown). */
export interface FindingsReport {
  readonly findings: readonly Finding[];
  /** Per chapter file: findings per 1,000 words, for the tree tooltip and `--json`. */
  readonly scores?: Readonly<Record<string, number>>;
  readonly dropped?: number;
}

/**
 * A checker the `lint` command (and any other host) can ask for a story's findings. `--style` and
 * `--continuity` each select one.
 */
export interface FindingChecker {
  readonly source: FindingSource;
  check(storyDir: string, signal?: AbortSignal): Promise<FindingsReport>;
}

const SEVERITY_ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, information: 2 };

/** True when a finding is at least as severe as the threshold (`--fail-on warning` counts errors too). */
export function meetsSeverity(finding: Finding, threshold: FindingSeverity): boolean {
  return SEVERITY_ORDER[finding.severity] <= SEVERITY_ORDER[threshold];
}

/** File, then position: the order a writer reads them in. */
export function compareFindings(a: Finding, b: Finding): number {
  const p = a.passage;
  const q = b.passage;
  return p.file.localeCompare(q.file) || p.range.startLine - q.range.startLine || p.range.startColumn - q.range.startColumn || a.rule.localeCompare(b.rule);
}
