// What the writer reads when a run pauses or ends early. No `vscode` here: plain text from the
// run's facts, so the unit tests can check every case.
import { STAGE_LABELS, WORKFLOW_STAGES, chapterDir, isChapterStage, stageIndex, type WorkflowStage } from '../../core/stages';
import type { ApprovalDecision, RunSummary } from '../../core/workflow/progress';
import type { ItemState } from '../../core/workflow/state/storyState';

/** The writer's answer to the approval question; `dismissed` is the notification closed unanswered. */
export type ApprovalChoice = 'continue' | 'edit-first' | 'regenerate' | 'dismissed' | 'cancelled';

export const APPROVAL_BUTTONS = { continue: 'Continue', 'edit-first': 'Edit First', regenerate: 'Regenerate' } as const;

export function approvalDecision(choice: ApprovalChoice): ApprovalDecision {
  return choice === 'continue' ? 'continue' : choice === 'regenerate' ? 'regenerate' : 'stop';
}

export function approvalQuestion(stage: WorkflowStage, opened: readonly string[], others: readonly string[]): string {
  const shown = opened.length ? ` Opened ${opened.join(', ')}${others.length ? `; also written: ${others.join(', ')}` : ''}.` : '';
  return `Story Writer: ${STAGE_LABELS[stage]} is ready.${shown} Continue to the next stage, edit it first, or regenerate it?`;
}

/** What happens next, said back to the writer for every answer. */
export function approvalAcknowledgement(stage: WorkflowStage, choice: ApprovalChoice): string {
  const label = STAGE_LABELS[stage];
  switch (choice) {
    case 'continue': {
      const next = WORKFLOW_STAGES[stageIndex(stage) + 1];
      return next ? `Story Writer: ${label} approved; continuing with ${STAGE_LABELS[next]}.` : `Story Writer: ${label} approved; finishing the run.`;
    }
    case 'edit-first':
      return `Story Writer: stopped after ${label} so you can edit it. Save your changes, then run Run Workflow: it continues from your edited files.`;
    case 'regenerate':
      return `Story Writer: regenerating ${label}; you will be asked again when it is ready.`;
    case 'dismissed':
      return `Story Writer: the question about ${label} was closed, so the run stopped here. Run Workflow continues from ${label}'s files.`;
    case 'cancelled':
      return `Story Writer: run cancelled at the ${label} question. ${label} is kept; Run Workflow continues from it.`;
  }
}

/** Which files of a stage to open for approval (the first chapter only), and the rest by name. */
export function approvalFiles(stage: WorkflowStage, files: readonly string[]): { open: readonly string[]; others: readonly string[] } {
  if (!isChapterStage(stage) || files.length <= 1) return { open: files, others: [] };
  return { open: files.slice(0, 1), others: files.slice(1).map((f) => f.replace(`${chapterDir(stage)}/`, '')) };
}

/** The cancel message: what was kept, by stage, and a partial chapter only when there is one. */
export function cancelMessage(summary: Pick<RunSummary, 'generated' | 'items'>): string {
  const made = summary.items.filter((i) => summary.generated.includes(i.id));
  const partial = summary.items.filter((i) => i.state === 'partial');
  const kept = byStage(made).map(([stage, items]) => (isChapterStage(stage) ? `${STAGE_LABELS[stage]} ${chapters(items)}` : STAGE_LABELS[stage]));
  const keptText = kept.length ? ` Written before the cancel and kept: ${kept.join('; ')}.` : ' Nothing was finished in this run.';
  const partialText = partial.length
    ? ` Text written so far is kept as a partial file for ${byStage(partial)
        .map(([stage, items]) => `${STAGE_LABELS[stage]} ${chapters(items)}`)
        .join('; ')}; Run Workflow continues from it.`
    : ' Run Workflow continues from the files that exist.';
  return `Story Writer: run cancelled.${keptText}${partialText}`;
}

/**
 * The run summary's line on predictive generation (`workflow.predictNextStage`), empty when
 * nothing was made ahead: which stages were ready at Continue, which were thrown away, and what
 * the speculation cost.
 */
export function speculativeNote(summary: Pick<RunSummary, 'speculative'>): string {
  const s = summary.speculative;
  if (!s) return '';
  const labels = (ids: readonly string[]) => ids.map((id) => STAGE_LABELS[id as WorkflowStage] ?? id).join(', ');
  const ready = s.committed.length ? ` ${labels(s.committed)} ready at Continue.` : '';
  const discarded = s.discarded.length ? ` Discarded after your answer: ${labels(s.discarded)}.` : '';
  const tokens = s.tokens.prompt + s.tokens.output + s.tokens.thinking;
  return ` Made ahead while you reviewed:${ready}${discarded} Speculative spending: ${s.requests} request${s.requests === 1 ? '' : 's'}, ${tokens.toLocaleString('en-US')} tokens.`;
}

function byStage(items: readonly ItemState[]): Array<[WorkflowStage, ItemState[]]> {
  return WORKFLOW_STAGES.map((stage): [WorkflowStage, ItemState[]] => [stage, items.filter((i) => i.stage === stage)]).filter(([, list]) => list.length > 0);
}

function chapters(items: readonly ItemState[]): string {
  const numbers = items.map((i) => i.chapter).filter((n): n is number => n !== undefined);
  return `chapter${numbers.length === 1 ? '' : 's'} ${numbers.join(', ')}`;
}
