import { strict as assert } from 'node:assert';
import { completionsAt } from '../../src/core/completion';
import { articleEngine } from './fixtures';

describe('completionsAt', () => {
  const engine = articleEngine();
  it('offers names for two capitalised letters, best first, with a first-reference form for people', () => {
    const result = completionsAt(engine, 'Yesterday Wang Yo', false)!;
    assert.equal(result.replaceLength, 'Wang Yo'.length);
    assert.equal(result.candidates[0].insertText, 'Wang Yongjin');
    assert.equal(result.candidates[1].insertText, 'Wang Yongjin, Procurator General of the Guizhou Provincial Procuratorate');
  });
  it('finds by title and by typo', () => {
    const photographers = completionsAt(engine, 'the Photojour', false)!.candidates.filter((c) => c.form === 'name').slice(0, 2);
    assert.deepEqual(photographers.map((c) => c.entity.id).sort(), ['cheng-ding', 'zhong-xinyu']);
    assert.equal(completionsAt(engine, 'Zhao Yij', false)!.candidates[0].entity.id, 'zhao-yijin');
  });
  it('stays quiet on one letter and on lower-case words, unless asked', () => {
    assert.equal(completionsAt(engine, 'said W', false), undefined);
    assert.equal(completionsAt(engine, 'the procurator', false), undefined);
    assert.ok(completionsAt(engine, 'the procurator', true)!.candidates.length > 0);
  });
});
