import type { Settings } from '../../config/settings';
import type { ItemId } from '../state/items';
import type { RunRecords } from '../state/runRecords';
import type { StorySnapshot } from '../state/storySnapshot';
import { InputHashes, stateFromSnapshot, type ItemState, type StoryState } from '../state/storyState';

/**
 * The story as the run last saw it: the files (snapshot) and the run records, with the state
 * computed from them only when something changed since it was last asked for.
 */
export class StoryView {
  private version = 0;
  private computed: { version: number; state: StoryState } | undefined;

  constructor(
    private readonly storyDir: string,
    readonly snapshot: StorySnapshot,
    readonly records: RunRecords,
    private readonly settings: Settings,
  ) {}

  /** The story's state as of the last change. */
  state(): StoryState {
    if (this.computed?.version !== this.version) {
      const state = stateFromSnapshot(this.storyDir, this.snapshot, (id) => this.records.get(id), { draftMode: this.settings['workflow.draftMode'] });
      this.computed = { version: this.version, state };
    }
    return this.computed.state;
  }

  stateOf(id: ItemId): ItemState | undefined {
    return this.state().items.find((i) => i.id === id);
  }

  hashes(): InputHashes {
    return new InputHashes(this.snapshot, this.state().chapters);
  }

  /** Call after changing the snapshot or the records. */
  touch(): void {
    this.version++;
  }
}
