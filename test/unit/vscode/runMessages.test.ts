import * as assert from 'node:assert/strict';
import type { ItemState } from '../../../src/core/workflow/state/storyState';
import type { ItemId } from '../../../src/core/workflow/state/items';
import {
  approvalAcknowledgement,
  approvalDecision,
  approvalFiles,
  approvalQuestion,
  cancelMessage,
  speculativeNote,
  type ApprovalChoice,
} from '../../../src/vscode/run/runMessages';

const item = (id: string, state: ItemState['state']): ItemState => {
  const [stage, chapter] = id.split(':');
  return {
    id: id as ItemId,
    stage: stage as ItemState['stage'],
    ...(chapter ? { chapter: Number(chapter) } : {}),
    file: chapter ? `0x/chapter-${chapter}.md` : `${stage}.md`,
    path: `/s/${id}`,
    state,
  };
};

describe('what the writer reads when a run pauses or ends early', () => {
  it('a run cancelled in the concept mentions no partial chapter', () => {
    const message = cancelMessage({ generated: [], items: [item('concept', 'pending'), item('bible', 'pending')] });
    assert.match(message, /Nothing was finished in this run\./);
    assert.doesNotMatch(message, /partial/);
  });

  it('a run cancelled mid-draft says what was kept by stage and which chapter is partial', () => {
    const message = cancelMessage({
      generated: ['outline', 'draft:01'] as ItemId[],
      items: [item('concept', 'done'), item('outline', 'done'), item('draft:01', 'done'), item('draft:02', 'partial'), item('draft:03', 'pending')],
    });
    assert.match(message, /kept: Outline; Draft chapter 1\./);
    assert.match(message, /partial file for Draft chapter 2; Run Workflow continues from it/);
  });

  it('every approval answer is acknowledged with what happens next, and only Continue and Regenerate go on', () => {
    const choices: ApprovalChoice[] = ['continue', 'edit-first', 'regenerate', 'dismissed', 'cancelled'];
    const said = choices.map((c) => approvalAcknowledgement('outline', c));
    assert.equal(new Set(said).size, choices.length);
    assert.match(said[0]!, /continuing with Draft/);
    assert.deepEqual(choices.map(approvalDecision), ['continue', 'stop', 'regenerate', 'stop', 'stop']);
  });

  it('a chapter stage opens its first chapter and names the others', () => {
    const files = approvalFiles('draft', ['04-draft/chapter-01.md', '04-draft/chapter-02.md', '04-draft/chapter-03.md']);
    assert.deepEqual(files, { open: ['04-draft/chapter-01.md'], others: ['chapter-02.md', 'chapter-03.md'] });
    assert.match(approvalQuestion('draft', files.open, files.others), /Opened 04-draft\/chapter-01\.md; also written: chapter-02\.md, chapter-03\.md\./);
    assert.deepEqual(approvalFiles('bible', ['02-bible.md']), { open: ['02-bible.md'], others: [] });
  });

  it('the run summary names what was made ahead, what was discarded, and what it cost; nothing when nothing was', () => {
    assert.equal(speculativeNote({}), '');
    const note = speculativeNote({
      speculative: {
        requests: 2,
        apiCalls: 2,
        cacheHits: 0,
        tokens: { prompt: 1000, output: 1500, thinking: 0 },
        committed: ['bible'] as ItemId[],
        discarded: ['outline'] as ItemId[],
      },
    });
    assert.match(note, /Story Bible ready at Continue\./);
    assert.match(note, /Discarded after your answer: Outline\./);
    assert.match(note, /Speculative spending: 2 requests, 2,500 tokens\./);
  });
});
