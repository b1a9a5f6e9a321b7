import type { FailureKind } from '../core/workflow/failures';

/** What the extension can offer next to an error message. */
export type ErrorAction = 'setApiKey' | 'selectModel' | 'openBilling' | 'openRegions' | 'openSettings' | 'openBrief' | 'raiseBudget' | 'retry' | 'wait' | 'none';

/** The button each kind of failure gets: a new kind does not compile until it has one. */
const ACTION_OF: Readonly<Record<FailureKind, ErrorAction>> = {
  auth: 'setApiKey',
  permission: 'setApiKey',
  location: 'openRegions',
  billing: 'openBilling',
  'quota-daily': 'selectModel',
  'model-unavailable-on-plan': 'selectModel',
  'rate-limited': 'wait',
  'model-not-found': 'selectModel',
  'model-retired': 'selectModel',
  'bad-request': 'openSettings',
  'content-blocked': 'openBrief',
  'max-tokens': 'openSettings',
  'empty-reply': 'retry',
  unavailable: 'retry',
  timeout: 'retry',
  network: 'retry',
  cancelled: 'none',
  'invalid-json': 'retry',
  unexpected: 'retry',
  'invalid-reply': 'retry',
  'bad-input': 'none',
  blocked: 'none',
  budget: 'raiseBudget',
};

export function actionFor(kind: FailureKind): ErrorAction {
  return ACTION_OF[kind];
}
