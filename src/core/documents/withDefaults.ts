import { completeBible, type Bible } from './bible';
import { completeConcept, type Concept } from './concept';
import type { CompleteResult } from './lenient';
import { completeOutline, type Outline, type OutlineDefaults } from './outline';
import type { StructuredStage } from '../stages';

/** The value each structured stage produces. */
export interface StageValues {
  concept: Concept;
  bible: Bible;
  outline: Outline;
}

/**
 * Completes a partially valid structured value (a model reply that missed non-critical fields,
 * or JSON from a fallback attempt) with the stage's defaults. Critical fields (the concept's
 * logline and premise, the bible's named characters, each chapter's summary or beats) are never
 * invented: their absence is a problem. `defaulted` names what was filled in, for the log.
 */
export function withDefaults<S extends StructuredStage>(stage: S, value: unknown, options: OutlineDefaults = {}): CompleteResult<StageValues[S]> {
  const completers: { [K in StructuredStage]: (raw: unknown) => CompleteResult<StageValues[K]> } = {
    concept: completeConcept,
    bible: completeBible,
    outline: (raw) => completeOutline(raw, options),
  };
  return completers[stage](value) as CompleteResult<StageValues[S]>;
}
