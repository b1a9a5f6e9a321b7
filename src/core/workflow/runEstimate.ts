import { planChapters } from '../story/chapterPlan';
import type { StoryState } from './state/storyState';

/**
 * Roughly how many requests a run will make, from the files alone: one per concept, bible and
 * outline still to write (an outline of more than ten chapters takes one per ten), and a draft and
 * a revision per chapter not yet done (chapters not outlined yet are counted from the brief).
 * Retries, continuations of short chapters and fallbacks come on top.
 */
export function estimateRunRequests(state: StoryState): number {
  const todo = state.items.filter((item) => item.state === 'pending' || item.state === 'stale' || item.state === 'failed' || item.state === 'partial' || item.state === 'running');
  const plan = state.brief?.ok ? planChapters(state.brief.brief) : undefined;
  let requests = 0;
  for (const item of todo) {
    if (item.stage === 'manuscript') continue;
    requests += item.stage === 'outline' ? Math.ceil((plan?.chapterCount ?? 1) / 10) : 1;
  }
  // Before the outline exists the chapters are not items yet: count them from the brief.
  if (state.chapters.length === 0 && plan) requests += 2 * plan.chapterCount;
  return requests;
}
