import type { Settings } from '../core/config/settings';
import { stagesUpTo, type WorkflowStage } from '../core/stages';
import { estimateRunRequests } from '../core/workflow/runEstimate';
import type { StoryState } from '../core/workflow/state/storyState';

/**
 * The models a run up to `target` will call, for `GeminiService.warmUp` as the run starts (so its
 * first generation does not wait for the SDK and the model lookup after the run's own start-up);
 * none when the run has nothing to generate, so an up-to-date story still makes no request.
 */
export function modelsToPrepare(state: StoryState, target: WorkflowStage | 'all', settings: Settings): string[] {
  const stages = stagesUpTo(target);
  if (estimateRunRequests({ ...state, items: state.items.filter((item) => stages.has(item.stage)) }) === 0) return [];
  return [settings.model, ...Object.values(settings.stageModels).filter((m): m is string => typeof m === 'string' && m !== '')];
}
