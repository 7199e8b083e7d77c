import { strict as assert } from 'node:assert';
import { paragraphAt, splitParagraphs } from '../../src/core/article';
import { LineIndex } from '../../src/core/lines';
import { articleText } from './fixtures';

describe('article paragraphs', () => {
  const paragraphs = splitParagraphs(articleText);
  it('numbers the 41 blocks of the article between blank lines', () => {
    assert.equal(paragraphs.length, 41);
    assert.ok(paragraphs[0].text.startsWith('After seven years'));
    assert.ok(paragraphs[9].text.startsWith('Ying Yong, Secretary'));
    assert.equal(paragraphs[9].number, 10);
    assert.equal(paragraphs[9].line, 18);
  });
  it('finds the paragraph of an offset, and none in a blank line', () => {
    const offset = articleText.indexOf('Ma Weiwei said');
    assert.equal(paragraphAt(paragraphs, offset)?.number, 36);
    assert.equal(paragraphAt(paragraphs, paragraphs[0].end), undefined);
  });
  it('keeps a paragraph of several lines together', () => {
    const two = splitParagraphs('one\ntwo\n\n\nthree');
    assert.deepEqual(two.map((p) => [p.text, p.line]), [['one\ntwo', 0], ['three', 4]]);
  });
});

describe('LineIndex', () => {
  it('maps offsets to 0-based lines and characters and back', () => {
    const index = new LineIndex('ab\ncd\n\nef');
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(4), { line: 1, character: 1 });
    assert.deepEqual(index.positionAt(7), { line: 3, character: 0 });
    assert.equal(index.offsetAt(3, 1), 8);
    assert.equal(index.lineCount, 4);
  });
});
