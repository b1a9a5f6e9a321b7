import type { Settings } from '../../core/config/settings';
import { checkContinuity, type ContinuityReport } from '../../core/continuity/continuityChecker';
import type { FindingChecker, FindingsReport } from '../../core/findings/finding';
import type { TextGenerator } from '../../core/generation/textGenerator';
import type { FileSystem, Logger } from '../../core/ports';
import { NodeFileSystem } from '../../node/nodeFileSystem';
import type { GeminiService } from '../../gemini';
import { serviceFor, type CliIo } from '../host';

/**
 * The continuity half of `story-writer lint --continuity`: a `FindingChecker` over the core's
 * check. Only what changed since the last check is asked of the model, so on an unchanged story
 * it makes no call, and then it needs no key either: the service (and the key) are only reached
 * for when a call is actually made.
 */

export interface ContinuityCheckerDeps {
  readonly fs: FileSystem;
  readonly generator: TextGenerator;
  readonly settings: Settings;
  readonly log: Logger;
  /** Each check's full report (calls made, chapters re-checked), for `--json` or a summary line. */
  readonly onReport?: (storyDir: string, report: ContinuityReport) => void;
}

export function continuityFindingChecker(deps: ContinuityCheckerDeps): FindingChecker {
  return {
    source: 'continuity',
    async check(storyDir: string, signal?: AbortSignal): Promise<FindingsReport> {
      const report = await checkContinuity(
        { fs: deps.fs, storyDir, generator: deps.generator, settings: deps.settings, log: deps.log, ...(signal ? { signal } : {}) },
        { kind: 'story' },
      );
      deps.onReport?.(storyDir, report);
      return { findings: report.findings, dropped: report.dropped };
    },
  };
}

/** The checker as the CLI builds it: Node's file system, and a Gemini service made on the first call. */
export function cliContinuityChecker(
  io: CliIo,
  settings: Settings,
  log: Logger,
  onReport?: ContinuityCheckerDeps['onReport'],
): { checker: FindingChecker; dispose(): Promise<void> } {
  let service: GeminiService | undefined;
  const lazy = (): GeminiService => (service ??= serviceFor(io, settings, log));
  const generator: TextGenerator = {
    generateText: (request, options) => lazy().generateText(request, options),
    generateJson: (request, schema, options) => lazy().generateJson(request, schema, options),
  };
  return {
    checker: continuityFindingChecker({ fs: new NodeFileSystem(), generator, settings, log, ...(onReport ? { onReport } : {}) }),
    dispose: async () => service?.dispose(),
  };
}
