import { posix } from 'node:path';
import { compareFindings, type FindingChecker, type FindingsReport } from '../findings/finding';
import type { FileSystem } from '../ports';
import { BRIEF_FILE, CHAPTER_DIRS, chapterFromFileName } from '../stages';
import { parseBrief } from '../story/briefFile';
import type { Settings } from '../config/settings';
import { lintChapters, type ChapterText, type StyleOptions } from './lintStyle';
import { parseStyleGuide, STYLE_GUIDE_FILE } from './styleGuide';

const decoder = new TextDecoder('utf-8');

/** The style settings as the linter takes them. */
export function styleOptionsFrom(settings: Pick<Settings, 'style.disabledRules' | 'style.extraPhrases'>): Pick<StyleOptions, 'disabledRules' | 'extraPhrases'> {
  return { disabledRules: settings['style.disabledRules'], extraPhrases: settings['style.extraPhrases'] };
}

/**
 * The style checker over a story folder: every chapter file of the draft and the revision stages
 * (not the `.partial.md` leftovers), each stage linted as one set, with the brief's point of view
 * and the story's `style.md`. Reads files only; no request.
 */
export class StyleChecker implements FindingChecker {
  readonly source = 'style';

  constructor(
    private readonly fs: FileSystem,
    private readonly options: () => Pick<StyleOptions, 'disabledRules' | 'extraPhrases'>,
  ) {}

  async check(storyDir: string, signal?: AbortSignal): Promise<FindingsReport> {
    const brief = await this.readText(posix.join(storyDir, BRIEF_FILE));
    const parsed = brief === undefined ? undefined : parseBrief(brief);
    const guide = await this.readText(posix.join(storyDir, STYLE_GUIDE_FILE));
    const options: StyleOptions = {
      ...this.options(),
      ...(parsed?.ok ? { pointOfView: parsed.brief.pointOfView } : {}),
      ...(guide === undefined ? {} : { guide: parseStyleGuide(guide) }),
    };
    const findings = [];
    const scores: Record<string, number> = {};
    for (const dir of CHAPTER_DIRS) {
      signal?.throwIfAborted();
      const chapters = await this.readChapters(posix.join(storyDir, dir));
      const result = lintChapters(chapters, options);
      findings.push(...result.findings);
      Object.assign(scores, result.scores);
    }
    return { findings: findings.sort(compareFindings), scores };
  }

  private async readChapters(dir: string): Promise<ChapterText[]> {
    const entries = await this.fs.readDirectory(dir);
    const files = entries
      .filter((e) => e.type === 'file' && chapterFromFileName(e.name)?.partial === false)
      .map((e) => ({ name: e.name, chapter: chapterFromFileName(e.name)!.chapter }))
      .sort((a, b) => a.chapter - b.chapter);
    const out: ChapterText[] = [];
    for (const f of files) {
      const file = posix.join(dir, f.name);
      const text = await this.readText(file);
      if (text !== undefined) out.push({ file, text });
    }
    return out;
  }

  private async readText(path: string): Promise<string | undefined> {
    if (!(await this.fs.stat(path))) return undefined;
    return decoder.decode(await this.fs.readFile(path));
  }
}
