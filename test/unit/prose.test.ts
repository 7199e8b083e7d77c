import { strict as assert } from 'node:assert';
import { maskNonProse } from '../../src/core/prose';

describe('maskNonProse', () => {
  it('blanks fenced code, inline code, link targets and URLs in Markdown, keeping offsets', () => {
    const text = 'Ying Yung said\n```\nYing Yung()\n```\nand `Ying Yung` see [Ying Yung](https://x.org/Ying-Yung) at http://a.b/Ying_Yung.';
    const masked = maskNonProse(text, 'markdown');
    assert.equal(masked.length, text.length);
    assert.equal(masked.split('Ying Yung').length - 1, 2, masked);
    assert.ok(masked.startsWith('Ying Yung said'));
    assert.ok(masked.includes('[Ying Yung]'));
  });
  it('blanks indented code blocks after a blank line', () => {
    const masked = maskNonProse('Intro.\n\n    Ying Yung\n\nYing Yung', 'markdown');
    assert.equal(masked.split('Ying Yung').length - 1, 1);
  });
  it('blanks only URLs in other languages', () => {
    assert.equal(maskNonProse('`Ying Yung` www.example.com/Ying', 'plaintext'), `\`Ying Yung\` ${' '.repeat(20)}`);
  });
  it('leaves an unclosed fence to the end of the text blank', () => {
    assert.equal(maskNonProse('a\n```\nYing Yung', 'markdown').includes('Ying'), false);
  });
});
