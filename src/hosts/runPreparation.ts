import { stagesUpTo, type WorkflowStage } from '../core/stages';
import { estimateRunRequests } from '../core/workflow/runEstimate';
import type { StoryState } from '../core/workflow/state/storyState';

/**
 * Whether a run up to `target` will call Gemini: then a host loads the SDK as the run starts
 * (`preloadSdk`), while the run takes the lock and reads the story, instead of on its first
 * request. Nothing is sent before the lock: a run refused by it makes no request.
 */
export function runWillCallGemini(state: StoryState, target: WorkflowStage | 'all'): boolean {
  const stages = stagesUpTo(target);
  return estimateRunRequests({ ...state, items: state.items.filter((item) => stages.has(item.stage)) }) > 0;
}
