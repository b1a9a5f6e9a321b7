import * as assert from 'node:assert/strict';
import type { StoredFinding } from '../../../../src/core/continuity/continuityStore';
import type { StoryTextFile } from '../../../../src/core/continuity/storyMaterial';
import { verifyFinding } from '../../../../src/core/continuity/verify';
import { bodyHash } from '../../../../src/core/hash';

function file(rel: string, text: string, bodyStart = 0): StoryTextFile {
  return { rel, path: `/story/${rel}`, text, bodyStart, body: text.slice(bodyStart), hash: bodyHash(text.slice(bodyStart)) };
}

describe('continuity: a finding is kept only when both quotes are in the files it names', () => {
  const bible = file('02-bible.md', '# Story Bible\n\n- **Mara Vell**: forty, with grey eyes and a limp.\n');
  const chapter1 = file('04-draft/chapter-01.md', '# Chapter 1\n\nShe burned her left hand on the rope.\n');
  const chapter3 = file('04-draft/chapter-03.md', '---\nstage: draft\n---\n\n# Chapter 3\n\nHer brown eyes stung in the wind.\n', 20);
  const sources = (name: string) => (name === 'bible' ? [bible] : name === 'chapter 1' ? [chapter1] : []);
  const finding = (over: Partial<StoredFinding>): StoredFinding => ({
    category: 'character',
    passage: 'Her brown eyes stung in the wind',
    evidence: 'with grey eyes and a limp',
    evidenceSource: 'bible',
    explanation: 'Mara’s eyes are grey in the bible.',
    suggestedFix: 'Make them grey.',
    ...over,
  });

  it('keeps a finding whose quotes are where it says, with their exact ranges in the files as they are', () => {
    const result = verifyFinding(finding({}), chapter3, sources);
    assert.equal(result.kind, 'kept');
    if (result.kind !== 'kept') return;
    assert.deepEqual(result.finding.passage, {
      file: '/story/04-draft/chapter-03.md',
      range: { startLine: 6, startColumn: 0, endLine: 6, endColumn: 32 },
      quote: 'Her brown eyes stung in the wind',
    });
    assert.deepEqual(result.finding.evidence, [
      { file: '/story/02-bible.md', range: { startLine: 2, startColumn: 24, endLine: 2, endColumn: 49 }, quote: 'with grey eyes and a limp' },
    ]);
    assert.equal(result.finding.rule, 'character');
    assert.equal(result.finding.suggestion, 'Make them grey.');
  });

  it('drops a made-up or altered passage', () => {
    assert.equal(verifyFinding(finding({ passage: 'Her blue eyes stung in the wind' }), chapter3, sources).kind, 'dropped');
    assert.equal(verifyFinding(finding({ passage: 'Mara wept for the drowned ships at dawn' }), chapter3, sources).kind, 'dropped');
  });

  it('drops evidence credited to the wrong source, to an unknown one, or to a later chapter', () => {
    assert.equal(verifyFinding(finding({ evidenceSource: 'chapter 1' }), chapter3, sources).kind, 'dropped');
    assert.equal(verifyFinding(finding({ evidenceSource: 'the outline' }), chapter3, sources).kind, 'dropped');
    assert.equal(verifyFinding(finding({ evidence: 'She burned her left hand on the rope', evidenceSource: 'chapter 4' }), chapter3, sources).kind, 'dropped');
    assert.equal(verifyFinding(finding({ evidence: 'She burned her left hand on the rope', evidenceSource: 'Chapter 1' }), chapter3, sources).kind, 'kept');
  });
});
