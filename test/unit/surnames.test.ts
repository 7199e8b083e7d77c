import { strict as assert } from 'node:assert';
import { startsSentence } from '../../src/core/surnames';
import { articleEngine } from './fixtures';

describe('surname references', () => {
  const engine = articleEngine();
  const resolve = (text: string) => engine.surnames.resolve(text, engine.matcher.findMentions(text)).map((r) => [r.text, r.candidates.join('+')]);

  it('links a surname to the person named in full before it', () => {
    assert.deepEqual(resolve('Ma Weiwei spoke. Later, Ma said the case mattered.'), [['Ma', 'ma-weiwei']]);
  });
  it('does not link before the full name appears', () => {
    assert.deepEqual(resolve('Ma said so. Ma Weiwei agreed.'), []);
  });
  it('is ambiguous when two people with that surname were introduced', () => {
    assert.deepEqual(resolve('Wang Yongjin and Wang Baozhu spoke. Wang said yes.'), [['Wang', 'wang-yongjin+wang-baozhu']]);
    assert.deepEqual(resolve('Wang Yongjin spoke. Wang said yes. Wang Baozhu too. Wang nodded.'), [['Wang', 'wang-yongjin'], ['Wang', 'wang-yongjin+wang-baozhu']]);
  });
  it('never takes the pronoun "He" at the start of a sentence for He Qiuhua', () => {
    assert.deepEqual(resolve('He Qiuhua was commended. He said it was an honour. "He was kind," they said.'), []);
    assert.deepEqual(resolve('He Qiuhua was commended; the procurator He said thanks.'), [['He', 'he-qiuhua']]);
  });
  it('does not take the surname of another full name for a reference ("Wang Yong", "Ying Yung")', () => {
    assert.deepEqual(resolve('Ying Yong spoke. Ying Yung and Ying Yong again; Ying agreed.'), [['Ying', 'ying-yong']]);
  });
  it('never links a surname inside another word, or lower case', () => {
    assert.deepEqual(resolve('Wu Huaxia spoke in Wuhan and Wuqing; wu is not a name. WuHan neither.'), []);
  });
  it('tells sentence starts', () => {
    assert.equal(startsSentence('He', 0), true);
    assert.equal(startsSentence('Yes. He', 5), true);
    assert.equal(startsSentence('Yes.\n\n“He', 7), true);
    assert.equal(startsSentence('and He', 4), false);
  });
});
