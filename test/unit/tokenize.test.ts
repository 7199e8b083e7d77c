import { strict as assert } from 'node:assert';
import { nameKeys, POSSESSIVE_KEY, tokenize } from '../../src/core/tokenize';

describe('tokenize', () => {
  it('cuts a name glued to the word before it where a lower-case letter meets a capital ("practiceHua")', () => {
    const tokens = tokenize('work in practiceHua Zhifeng, director');
    assert.deepEqual(tokens.map((t) => t.key), ['work', 'in', 'practice', 'hua', 'zhifeng', 'director']);
    const hua = tokens[3];
    assert.equal('work in practiceHua Zhifeng'.slice(hua.start, hua.end), 'Hua');
    assert.equal(hua.joinsPrevious, true);
  });
  it('splits a possessive into its own word, straight or curly', () => {
    assert.deepEqual(nameKeys("Procuratorate's"), ['procuratorate', POSSESSIVE_KEY]);
    assert.deepEqual(nameKeys('Procuratorate’s'), ['procuratorate', POSSESSIVE_KEY]);
  });
  it('keeps an inner apostrophe inside the word (Jing’an)', () => {
    assert.deepEqual(nameKeys('Jing’an District'), ['jingan', 'district']);
  });
  it('lets white space, one line break, quotes, hyphens and emphasis join the words of a name', () => {
    const tokens = tokenize('Ying\nYong "Double" **First** x-y');
    assert.deepEqual(tokens.map((t) => t.joinsPrevious), [false, true, true, true, true]);
  });
  it('does not join words across a blank line or punctuation', () => {
    assert.equal(tokenize('Ying\n\nYong')[1].joinsPrevious, false);
    assert.equal(tokenize('Ying, Yong')[1].joinsPrevious, false);
    assert.equal(tokenize('Ying. Yong')[1].joinsPrevious, false);
  });
  it('gives UTF-16 offsets past astral characters', () => {
    const text = '😀 Ying Yong';
    const [ying] = tokenize(text);
    assert.equal(ying.start, 3);
    assert.equal(text.slice(ying.start, ying.end), 'Ying');
  });
  it('marks capitalised words', () => {
    assert.deepEqual(tokenize('He said he').map((t) => t.capitalized), [true, false, false]);
  });
});
