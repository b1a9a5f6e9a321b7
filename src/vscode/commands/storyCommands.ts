import * as vscode from 'vscode';
import { BRIEF_FILE, STAGE_LABELS, WORKFLOW_STAGES, isChapterStage, type WorkflowStage } from '../../core/stages';
import { itemId, type ItemId } from '../../core/workflow/state/items';
import type { EditedFiles } from '../../core/workflow/runner';
import type { ItemState } from '../../core/workflow/state/storyState';
import type { RunController } from '../run/runController';
import type { StoryCatalog, StoryEntry } from '../storyCatalog';
import type { StageTreeNode } from '../views/stagesView';
import type { Questions } from '../questions';

/**
 * Finds the story a command acts on: the tree row it was invoked on (or the story named in its
 * arguments), else the story of the file in the active editor (what the writer is working on,
 * so a keybinding never runs another story), else the tree's selection, else the only story,
 * else the writer picks one.
 */
export class StoryResolver {
  constructor(
    private readonly catalog: StoryCatalog,
    private readonly selection: () => readonly StageTreeNode[],
  ) {}

  async resolve(arg: unknown): Promise<StoryEntry | undefined> {
    // Read before the refresh: a refreshed tree forgets its elements (and so its selection)
    // until the view asks for its rows again.
    const selectedId = this.selection()[0]?.entry.story.id;
    // A story the catalog knows, named by the command: only it is read again, at once (waiting for
    // the catalog to re-read every story held up the command, e.g. Generate's first request).
    const named = this.fromArgument(arg);
    if (named) return this.catalog.reread(named);
    await this.catalog.refresh();
    const fromArg = this.fromArgument(arg);
    if (fromArg) return fromArg;
    const active = vscode.window.activeTextEditor?.document.uri;
    const fromEditor = active && this.catalog.storyOf(active);
    if (fromEditor) return fromEditor;
    const fromSelection = selectedId && this.catalog.find(selectedId);
    if (fromSelection) return fromSelection;
    const stories = this.catalog.stories;
    if (stories.length === 1) return stories[0];
    if (stories.length === 0) {
      const choice = await vscode.window.showInformationMessage('Story Writer: there is no story in this workspace yet.', 'New Story…');
      if (choice) await vscode.commands.executeCommand('storyWriter.newStory');
      return undefined;
    }
    const pick = await vscode.window.showQuickPick(
      stories.map((entry) => ({
        label: entry.state.brief?.ok ? entry.state.brief.brief.title : entry.story.name,
        description: vscode.workspace.asRelativePath(entry.story.uri(entry.story.storyDir)),
        entry,
      })),
      { placeHolder: 'Which story?' },
    );
    return pick?.entry;
  }

  private fromArgument(arg: unknown): StoryEntry | undefined {
    if (!arg) return undefined;
    if (typeof arg === 'object' && 'kind' in arg && 'entry' in arg) return this.catalog.find((arg as StageTreeNode).entry.story.id);
    if (arg instanceof vscode.Uri) return this.catalog.storyOf(arg);
    if (typeof arg === 'string') return this.catalog.find(arg) ?? this.catalog.stories.find((e) => e.story.name === arg);
    if (typeof arg === 'object' && typeof (arg as { story?: unknown }).story === 'string') return this.fromArgument((arg as { story: string }).story);
    return undefined;
  }
}

/** Options a command may carry for automation: `{ story, stage, chapter, confirm }`. */
interface CommandOptions {
  readonly story?: string;
  readonly stage?: WorkflowStage;
  readonly chapter?: number;
  /** Regenerate: answer the "overwrite your edits?" question in advance. */
  readonly confirm?: boolean;
}

function optionsOf(arg: unknown): CommandOptions {
  return typeof arg === 'object' && arg !== null && !('kind' in arg) ? (arg as CommandOptions) : {};
}

/** What the writer asked to make again: a chapter row is that chapter, a stage row the whole stage. */
interface Regeneration {
  readonly stage: WorkflowStage;
  readonly item?: ItemId;
}

function regenerationOf(arg: unknown): Regeneration | undefined {
  if (typeof arg === 'object' && arg !== null && 'kind' in arg) {
    const node = arg as StageTreeNode;
    if (node.kind === 'chapter') return { stage: node.item.stage, item: node.item.id };
    return node.kind === 'stage' ? { stage: node.stage } : undefined;
  }
  const options = optionsOf(arg);
  if (!options.stage) return undefined;
  return isChapterStage(options.stage) && options.chapter !== undefined ? { stage: options.stage, item: itemId(options.stage, options.chapter) } : { stage: options.stage };
}

function stageOfNode(arg: unknown): WorkflowStage | undefined {
  if (typeof arg !== 'object' || arg === null || !('kind' in arg)) return undefined;
  const node = arg as StageTreeNode;
  return node.kind === 'stage' ? node.stage : node.kind === 'chapter' ? node.item.stage : undefined;
}

export class StoryCommands {
  constructor(
    private readonly resolver: StoryResolver,
    private readonly runs: RunController,
    private readonly questions: Questions,
  ) {}

  /** Generate <stage>: runs the workflow up to that stage (everything it needs first). */
  async generate(stage: WorkflowStage | 'all', arg: unknown) {
    const entry = await this.resolver.resolve(arg);
    if (!entry) return undefined;
    return this.runs.run({ entry, target: stage });
  }

  /** Run Workflow in Batch (half price): every stage, the chapter stages as batch jobs. */
  async runInBatch(arg: unknown) {
    const entry = await this.resolver.resolve(arg);
    if (!entry) return undefined;
    return this.runs.run({ entry, target: 'all', mode: 'batch' });
  }

  /** Inline "run" on a tree row: make that stage (and what it needs). */
  async runNode(arg: unknown) {
    const stage = stageOfNode(arg);
    // The manuscript needs no model: its row compiles what exists.
    return stage === 'manuscript' ? this.compile(arg) : this.generate(stage ?? 'all', arg);
  }

  /**
   * Regenerate Stage…: quick pick, then a confirmation before anything the writer edited is
   * overwritten (a backup is kept either way).
   */
  async regenerate(arg: unknown) {
    const entry = await this.resolver.resolve(arg);
    if (!entry) return undefined;
    const what = regenerationOf(arg) ?? (await pickStage(entry));
    if (!what) return undefined;
    const chosen = entry.state.items.filter((i) => (what.item ? i.id === what.item : i.stage === what.stage));
    const edited = chosen.filter((i) => i.state === 'edited');
    let editedFiles: EditedFiles = 'keep';
    if (edited.length > 0) {
      const confirmed = optionsOf(arg).confirm ?? (await confirmOverwrite(this.questions, what, edited));
      if (!confirmed) return undefined;
      editedFiles = 'replace';
    }
    return this.runs.run({ entry, target: what.stage, regenerate: what.item ?? what.stage, editedFiles });
  }

  /** Compile Manuscript: assemble what exists, no model call (see RunController.compile). */
  async compile(arg: unknown) {
    const entry = await this.resolver.resolve(arg);
    if (!entry) return undefined;
    return this.runs.compile(entry);
  }

  async compare(arg: unknown) {
    const entry = await this.resolver.resolve(arg);
    if (!entry) return undefined;
    const revised = entry.state.items.filter((i) => i.stage === 'revision' && i.meta);
    if (revised.length === 0) {
      void vscode.window.showInformationMessage('Story Writer: no chapter has been revised yet. Run Revise & Enhance first.');
      return undefined;
    }
    const fromNode =
      typeof arg === 'object' && arg !== null && 'kind' in arg && (arg as StageTreeNode).kind === 'chapter'
        ? (arg as Extract<StageTreeNode, { kind: 'chapter' }>).item.chapter
        : undefined;
    const wanted = fromNode ?? optionsOf(arg).chapter;
    const chapter =
      wanted ??
      (revised.length === 1
        ? revised[0]!.chapter
        : (
            await vscode.window.showQuickPick(
              revised.map((i) => ({ label: `Chapter ${i.chapter}${i.title ? `: ${i.title}` : ''}`, chapter: i.chapter })),
              { placeHolder: 'Compare which chapter?' },
            )
          )?.chapter);
    if (chapter === undefined) return undefined;
    const draft = entry.state.items.find((i) => i.stage === 'draft' && i.chapter === chapter);
    const revision = entry.state.items.find((i) => i.stage === 'revision' && i.chapter === chapter);
    if (!draft || !revision) return undefined;
    const left = entry.story.uri(draft.path);
    const right = entry.story.uri(revision.path);
    await vscode.commands.executeCommand('vscode.diff', left, right, `Chapter ${chapter}: Draft ↔ Revision`);
    return { left, right };
  }

  async openStageFile(arg: unknown) {
    const entry = await this.resolver.resolve(arg);
    if (!entry) return undefined;
    const { stage, chapter } = optionsOf(arg);
    const path = stage
      ? entry.state.items.find((i) => i.stage === stage && (chapter === undefined || i.chapter === chapter) && i.state !== 'pending')?.path
      : (
          await vscode.window.showQuickPick(
            [
              { label: 'Brief', path: `${entry.story.storyDir}/${BRIEF_FILE}` },
              ...entry.state.items.filter((i) => i.state !== 'pending').map((i) => ({ label: labelOf(i), path: i.path })),
            ],
            { placeHolder: 'Open which stage file?' },
          )
        )?.path;
    if (!path) return undefined;
    const uri = entry.story.uri(path);
    await vscode.window.showTextDocument(uri);
    return uri;
  }
}

function labelOf(item: ItemState): string {
  return item.chapter !== undefined ? `${STAGE_LABELS[item.stage]} — Chapter ${item.chapter}${item.title ? `: ${item.title}` : ''}` : STAGE_LABELS[item.stage];
}

async function pickStage(entry: StoryEntry): Promise<Regeneration | undefined> {
  const pick = await vscode.window.showQuickPick(
    WORKFLOW_STAGES.map((stage) => {
      const items = entry.state.items.filter((i) => i.stage === stage);
      const edited = items.filter((i) => i.state === 'edited').length;
      return {
        label: STAGE_LABELS[stage],
        description: edited ? `${edited} edited by you — will ask first` : items.every((i) => i.state === 'pending') ? 'not written yet' : '',
        stage,
      };
    }),
    { placeHolder: 'Regenerate which stage? (Regenerate bypasses the cache.)' },
  );
  return pick ? { stage: pick.stage } : undefined;
}

async function confirmOverwrite(questions: Questions, what: Regeneration, edited: readonly ItemState[]): Promise<boolean> {
  const names = edited.map(labelOf).join(', ');
  // A notification rather than a modal dialog: the writer can look at the file before answering.
  const choice = await questions.ask('warning', `You edited ${names}. Regenerating replaces your text (a backup is kept in .story-writer/backups).`, [
    what.item && edited[0] ? `Regenerate ${labelOf(edited[0])}` : `Regenerate ${STAGE_LABELS[what.stage]}`,
  ]);
  return choice !== undefined;
}
