import * as assert from 'node:assert/strict';
import { compareFindings, meetsSeverity, type Finding, type FindingSeverity } from '../../../../src/core/findings/finding';

function finding(file: string, line: number, column: number, severity: FindingSeverity = 'warning'): Finding {
  return {
    source: 'style',
    rule: 'stock-phrase',
    severity,
    message: 'a stock phrase',
    passage: { file, quote: 'x', range: { startLine: line, startColumn: column, endLine: line, endColumn: column + 1 } },
  };
}

describe('findings', () => {
  it('--fail-on warning counts errors and warnings, not information', () => {
    assert.equal(meetsSeverity(finding('/a', 0, 0, 'error'), 'warning'), true);
    assert.equal(meetsSeverity(finding('/a', 0, 0, 'warning'), 'warning'), true);
    assert.equal(meetsSeverity(finding('/a', 0, 0, 'information'), 'warning'), false);
    assert.equal(meetsSeverity(finding('/a', 0, 0, 'warning'), 'error'), false);
  });

  it('orders by file, then line, then column', () => {
    const sorted = [finding('/b', 0, 0), finding('/a', 3, 9), finding('/a', 3, 2), finding('/a', 1, 40)].sort(compareFindings);
    assert.deepEqual(
      sorted.map((f) => `${f.passage.file}:${f.passage.range.startLine}:${f.passage.range.startColumn}`),
      ['/a:1:40', '/a:3:2', '/a:3:9', '/b:0:0'],
    );
  });
});
