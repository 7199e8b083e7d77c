import { strict as assert } from 'node:assert';
import { findMisquotes } from '../../src/core/misquotes';
import { articleEngine } from './fixtures';

describe('findMisquotes', () => {
  const engine = articleEngine();
  const check = (text: string) => findMisquotes(engine.knowledgeBase, text, engine.documentMentions(text));

  it('flags a changed word and restores the article\'s wording', () => {
    const [misquote] = check('Ma Weiwei said: "It is necessary to turn the high-quality and efficient handling of every case into \'muscle memory\'."');
    assert.equal(misquote.entityId, 'ma-weiwei');
    assert.equal(misquote.paragraph, 36);
    assert.equal(misquote.articleText, "It is necessary to transform the high-quality and efficient handling of every case into 'muscle memory'");
    assert.ok(misquote.text.startsWith('It is necessary to turn'));
  });

  it('flags a dropped word, in curly quotes too', () => {
    const [misquote] = check('Wang Yongjin: “A clear-cut stand on politics is the first requirement.”');
    assert.equal(misquote.articleText, 'A clear-cut stand on politics is always the first requirement');
  });

  it('flags an added word', () => {
    assert.equal(check('Zhao Yijin said: "The heavy responsibility is truly on our shoulders."').length, 1);
  });

  it('says nothing about an exact quote, or an exact fragment of a longer one', () => {
    assert.deepEqual(check('Wang Yongjin said: "A clear-cut stand on politics is always the first requirement."'), []);
    assert.deepEqual(check('Ma Weiwei wants to "actively respond to the concerns of the masses".'), []);
  });

  it('says nothing about a quote that matches nothing the person said, or with no person nearby', () => {
    assert.deepEqual(check('Ma Weiwei said: "We will visit the museum on Sunday afternoon."'), []);
    assert.deepEqual(check('Someone said: "A clear-cut stand on politics is the first requirement."'), []);
  });

  it('attributes a quote through a surname reference', () => {
    const text = 'Ma Weiwei spoke first.\n\nMa said: "It is necessary to transform the quality and efficient handling of every case into muscle memory."';
    assert.equal(check(text)[0]?.entityId, 'ma-weiwei');
  });
});
