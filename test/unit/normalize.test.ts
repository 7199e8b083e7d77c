import { strict as assert } from 'node:assert';
import { compactKey, normalizeText, wordKey } from '../../src/core/normalize';

describe('normalize', () => {
  it('folds case and diacritics', () => {
    assert.equal(normalizeText('ZHÀO Yìjīn'), 'zhao yijin');
  });
  it('makes straight and curly apostrophes and quotes agree', () => {
    assert.equal(normalizeText('Jing’an'), normalizeText("Jing'an"));
    assert.equal(normalizeText('“Double First”'), normalizeText('"Double First"'));
  });
  it('folds runs of white space, line breaks included', () => {
    assert.equal(normalizeText('  Ying \n\t Yong  '), 'ying yong');
  });
  it('reads hyphens and dashes as spaces', () => {
    assert.equal(normalizeText('Ying-Yong'), 'ying yong');
    assert.equal(normalizeText('Ying–Yong'), 'ying yong');
  });
  it('compacts to letters and digits only', () => {
    assert.equal(compactKey('Ying-Yong'), 'yingyong');
    assert.equal(compactKey("Jing'an"), 'jingan');
    assert.equal(compactKey('10th "Double First"'), '10thdoublefirst');
  });
  it('keys a word without its inner apostrophe, so Jingan matches Jing’an', () => {
    assert.equal(wordKey('Jing’an'), wordKey('Jingan'));
  });
  it('folds full-width letters (NFKD)', () => {
    assert.equal(normalizeText('ＣＰＰＣＣ'), 'cppcc');
  });
});
