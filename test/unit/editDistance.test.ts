import { strict as assert } from 'node:assert';
import { editDistance, relativeEditDistance } from '../../src/core/editDistance';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    assert.equal(editDistance('yong', 'yong'), 0);
    assert.equal(editDistance('yng', 'ying'), 1);
    assert.equal(editDistance('yongjing', 'yongjin'), 1);
    assert.equal(editDistance('zhifang', 'zhifeng'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });
  it('counts an adjacent transposition as one edit', () => {
    assert.equal(editDistance('yogn', 'yong'), 1);
  });
  it('stops past the limit', () => {
    assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
  });
  it('scales by the longer length', () => {
    assert.equal(relativeEditDistance('abcd', 'abce'), 0.25);
    assert.equal(relativeEditDistance('', ''), 0);
  });
});
