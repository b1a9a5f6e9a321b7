import { posix } from 'node:path';
import type { FileSystem } from '../ports';
import { BRIEF_FILE } from '../stages';
import type { Brief, BriefField } from './brief';
import { checkBrief, renderBrief } from './briefFile';
import { folderNameProblem, numberedNames, slugify } from './folderName';
import type { Problem } from './problem';

/** What the New Story command collects. Only the title and premise are required. */
export interface NewStoryInput {
  readonly title: string;
  readonly premise: string;
  readonly genre?: string;
  readonly tone?: string;
  readonly audience?: string;
  /** An id (`third-limited`) or a common spelling ("close third", "1st person"). */
  readonly pointOfView?: string;
  readonly targetWords?: number;
  readonly chapters?: number;
  readonly language?: string;
  /** Overrides the folder name derived from the title; must be one safe folder name. */
  readonly folderName?: string;
}

export interface CreateStoryOptions {
  /** Absolute POSIX-style path of the workspace folder. */
  readonly workspaceRoot: string;
  /** The `storyWriter.story.folder` setting: relative to the workspace root. */
  readonly storiesFolder: string;
  readonly input: NewStoryInput;
  /**
   * Use the folder name as given (the command line's `new DIR`): an existing story there is an
   * error instead of a reason to pick `name-2`.
   */
  readonly exactFolder?: boolean;
}

export interface CreatedStory {
  readonly storyDir: string;
  readonly briefPath: string;
  /** The folder name actually used (may carry a `-2` suffix). */
  readonly folderName: string;
  readonly brief: Brief;
}

/** The input could not make a story; nothing was written. `problems` lists every reason. */
export class StoryInputError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`Cannot create the story: ${problems.map((p) => p.message).join('; ')}`);
    this.name = 'StoryInputError';
  }
}

/** Past this many taken `slug-N` names something is wrong; stop rather than loop. */
const MAX_SUFFIX_TRIES = 1000;

/**
 * Creates `<workspace>/<storiesFolder>/<folder>/brief.md`. Everything is validated before the
 * first write, so bad input leaves the workspace untouched. An existing story is never
 * overwritten: the first free `name-2`, `name-3` … is used instead.
 */
export async function createStory(fs: FileSystem, options: CreateStoryOptions): Promise<CreatedStory> {
  const { brief, storiesRoot, baseName } = validate(options);
  const folderName = options.exactFolder ? baseName : await firstFreeName(fs, storiesRoot, baseName);
  if (options.exactFolder && (await fs.stat(posix.join(storiesRoot, folderName, BRIEF_FILE)))) {
    throw new StoryInputError([{ field: 'folderName', message: `${folderName} already holds a story (${BRIEF_FILE} exists).` }]);
  }
  const storyDir = posix.join(storiesRoot, folderName);
  assertInside(storiesRoot, storyDir);
  const briefPath = posix.join(storyDir, BRIEF_FILE);
  await fs.writeFile(briefPath, new TextEncoder().encode(renderBrief(brief)));
  return { storyDir, briefPath, folderName, brief };
}

function validate(options: CreateStoryOptions): { brief: Brief; storiesRoot: string; baseName: string } {
  const problems: Problem[] = [];
  const { input } = options;

  const raw: Partial<Record<BriefField, unknown>> = {
    title: input.title,
    premise: input.premise,
    genre: input.genre,
    tone: input.tone,
    audience: input.audience,
    pointOfView: input.pointOfView,
    targetWords: input.targetWords,
    chapters: input.chapters,
    language: input.language,
  };
  const checked = checkBrief(raw, BRIEF_FILE);
  if (!checked.ok) problems.push(...checked.problems);

  const rootProblem = storiesRootProblem(options.storiesFolder);
  if (rootProblem) problems.push({ field: 'storiesFolder', message: `The stories folder "${options.storiesFolder}" ${rootProblem}` });
  const storiesRoot = resolveStoriesRoot(options.workspaceRoot, options.storiesFolder);

  let baseName = '';
  if (input.folderName !== undefined) {
    const nameProblem = folderNameProblem(input.folderName);
    if (nameProblem) problems.push({ field: 'folderName', message: `The folder name "${input.folderName}" ${nameProblem}` });
    else baseName = input.folderName;
  } else if (checked.ok) {
    baseName = slugify(checked.brief.title);
  }

  if (!checked.ok || problems.length > 0) throw new StoryInputError(problems);
  return { brief: checked.brief, storiesRoot, baseName };
}

/** The setting is the writer's: accept Windows separators, refuse anything that leaves the workspace. */
function storiesRootProblem(folder: string): string | undefined {
  const posixFolder = folder.replace(/\\/g, '/');
  if (posixFolder.trim() === '') return 'is empty';
  if (posixFolder.startsWith('/') || /^[a-z]:/i.test(posixFolder)) return 'must be relative to the workspace';
  if (posixFolder.split('/').includes('..')) return 'must stay inside the workspace (no "..")';
  return undefined;
}

function resolveStoriesRoot(workspaceRoot: string, folder: string): string {
  return posix.join(workspaceRoot, folder.replace(/\\/g, '/'));
}

async function firstFreeName(fs: FileSystem, storiesRoot: string, baseName: string): Promise<string> {
  let tries = 0;
  for (const name of numberedNames(baseName)) {
    if ((await fs.stat(posix.join(storiesRoot, name))) === undefined) return name;
    if (++tries >= MAX_SUFFIX_TRIES) break;
  }
  throw new StoryInputError([{ field: 'folderName', message: `Too many stories are named "${baseName}": choose another folder name` }]);
}

/** Belt and braces: the name rules already forbid escapes; this holds even if they change. */
function assertInside(root: string, dir: string): void {
  const rel = posix.relative(root, dir);
  if (rel === '' || rel.startsWith('..') || posix.isAbsolute(rel) || rel.includes('/')) {
    throw new StoryInputError([{ field: 'folderName', message: `The story folder would not be directly inside "${root}"` }]);
  }
}
