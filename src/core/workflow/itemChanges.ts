import type { WorkflowStage } from '../stages';
import { Emitter, type Listener, type Subscription } from '../common/event';
import type { ItemId, ItemStatus } from './state/items';

/** An item of a story changed state (a run started it, wrote it, failed it, …). */
export interface ItemChange {
  readonly storyDir: string;
  readonly id: ItemId;
  readonly stage: WorkflowStage;
  readonly chapter?: number;
  readonly state: ItemStatus;
  readonly reason?: string;
}

/**
 * The channel a host's views listen on. One instance per host, passed to every run, so a tree
 * subscribes once and hears every story's runs.
 */
export class ItemChanges {
  private readonly changes = new Emitter<ItemChange>();

  readonly onDidChange = (listener: Listener<ItemChange>): Subscription => this.changes.event(listener);

  fire(change: ItemChange): void {
    this.changes.fire(change);
  }

  dispose(): void {
    this.changes.dispose();
  }
}
