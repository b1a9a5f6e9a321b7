import type { Bible } from '../../documents/bible';
import { parseBible } from '../../documents/bibleMarkdown';
import type { Concept } from '../../documents/concept';
import { parseConcept } from '../../documents/conceptMarkdown';
import type { Outline } from '../../documents/outline';
import { stageFile } from '../../stages';
import type { Brief } from '../../story/brief';
import { parseBrief } from '../../story/briefFile';
import type { ParseResult } from '../../story/problem';
import { StageInputError } from '../failures';
import { readOutlineChapters } from './outlineChapters';
import type { StorySnapshot } from './storySnapshot';
import { BRIEF_FILE } from '../../stages';

/**
 * The documents prompts are built from, read from the snapshot as they are now (the writer's
 * edits included). Each is parsed once per version of its file. A file that exists but cannot be
 * read is a `StageInputError` naming it: the stage that needs it cannot run, and says why.
 */
export class StoryInputs {
  private readonly memo = new Map<string, { hash: string | undefined; value: unknown }>();

  /** `onWarning`: what a document's reader could not place with certainty, for the log. */
  constructor(
    private readonly snapshot: StorySnapshot,
    private readonly onWarning: (message: string) => void = () => undefined,
  ) {}

  brief(): Brief {
    return this.cached(BRIEF_FILE, this.snapshot.briefHash(), () => {
      const text = this.snapshot.briefText;
      if (text === undefined) throw new StageInputError(BRIEF_FILE, 'is missing: every story starts from a brief');
      const parsed = parseBrief(text, BRIEF_FILE);
      if (!parsed.ok) throw new StageInputError(BRIEF_FILE, parsed.problems.map((p) => p.message).join('; '));
      return parsed.brief;
    });
  }

  concept(): Concept {
    const file = stageFile('concept');
    return this.cached(file, this.snapshot.file(file).hash, () => fromResult(file, parseConcept(this.body(file), { file })));
  }

  /** The concept when it can be read, for the manuscript's title page (optional there). */
  conceptIfReadable(): Concept | undefined {
    try {
      return this.concept();
    } catch {
      return undefined;
    }
  }

  bible(): Bible {
    const file = stageFile('bible');
    return this.cached(file, this.snapshot.file(file).hash, () => {
      const parsed = parseBible(this.body(file), { file });
      if (parsed.ok) for (const w of parsed.warnings ?? []) this.onWarning(w.message);
      return fromResult(file, parsed);
    });
  }

  outline(): Outline {
    const file = stageFile('outline');
    return this.cached(file, this.snapshot.file(file).hash, () => {
      const read = readOutlineChapters(this.body(file), this.brief());
      if (!read.ok) throw new StageInputError(file, read.problem);
      return read.outline;
    });
  }

  /** The body of a stage file, or a typed error naming the file when there is none to read. */
  body(file: string): string {
    const read = this.snapshot.file(file).read;
    switch (read.kind) {
      case 'missing':
        throw new StageInputError(file, 'is missing: run the stage that makes it first');
      case 'broken':
        if (read.body === undefined) throw read.error;
        return read.body;
      default:
        return read.body;
    }
  }

  private cached<T>(key: string, hash: string | undefined, make: () => T): T {
    const hit = this.memo.get(key);
    if (hit && hit.hash === hash) return hit.value as T;
    const value = make();
    this.memo.set(key, { hash, value });
    return value;
  }
}

function fromResult<T>(file: string, result: ParseResult<T>): T {
  if (result.ok) return result.value;
  throw new StageInputError(file, result.problems.map((p) => p.message.replace(`${file}: `, '')).join('; '));
}
