import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { allowedEdits, type NearMiss } from '../../src/core/nearMiss';
import { measureNearMisses } from '../bench/nearMissQuality';
import { articleEngine } from './fixtures';

describe('NearMissChecker', () => {
  const engine = articleEngine();
  const check = (text: string, language = 'plaintext'): NearMiss[] => engine.nearMisses.check(text, language);
  const firstSuggestion = (text: string) => check(text).map((miss) => [miss.text, miss.candidates[0].name, miss.reason]);

  const examples: Array<[string, string, string]> = [
    ['Ying Yung', 'Ying Yong', 'a changed letter'],
    ['Wang Yongjing', 'Wang Yongjin', 'an added letter'],
    ['Hua Zhifang', 'Hua Zhifeng', 'a changed vowel'],
    ['Zhao Yijing', 'Zhao Yijin', 'an added letter'],
    ["Supreme People's Procuratorat", "Supreme People's Procuratorate", 'a dropped letter in an institution'],
    ['Guizou Provincial Procuratorate', 'Guizhou Provincial Procuratorate', 'a dropped letter in a province'],
    ['Inner Mongolian Autonomous Region Procuratorate', 'Procuratorate of Inner Mongolia Autonomous Region', 'another word order and a changed word'],
    ['Wang Boazhu', 'Wang Baozhu', 'swapped letters'],
  ];
  for (const [written, meant, what] of examples) {
    it(`suggests "${meant}" for "${written}" (${what})`, () => {
      assert.deepEqual(firstSuggestion(`Yesterday ${written} was quoted.`)[0]?.slice(0, 2), [written, meant]);
    });
  }

  it('flags a correct name with a missing space or the wrong capitals, but not in ALL CAPS', () => {
    assert.deepEqual(firstSuggestion('Then Yingyong spoke.'), [['Yingyong', 'Ying Yong', 'spacing']]);
    assert.deepEqual(firstSuggestion('Then YingYong spoke.'), [['YingYong', 'Ying Yong', 'spacing']]);
    assert.deepEqual(firstSuggestion('Then Ying yong spoke.'), [['Ying yong', 'Ying Yong', 'capitalization']]);
    assert.deepEqual(firstSuggestion('YING YONG SPEAKS'), []);
  });

  it('never flags correct names, nor the article itself', () => {
    assert.deepEqual(check('Ying Yong met Wang Yongjin and Ma Weiwei at the Supreme People’s Procuratorate.'), []);
    assert.deepEqual(check(engine.article), []);
  });

  it('leaves other people alone: a different syllable is a different person', () => {
    assert.deepEqual(check('Liu Yang, Zhang Hao, Wang Yong, Li Wei and Chen Jie spoke.'), []);
  });

  it('keeps quiet about ordinary capitalised prose and short words', () => {
    assert.deepEqual(check('Yesterday The Council And Wuhan Teams Played. Wang said so. Ma Ma Ma.'), []);
  });

  it('ignores code blocks, inline code and URLs in Markdown', () => {
    const text = 'Text.\n\n```\nYing Yung\n```\n\n`Ying Yung` and https://example.com/Ying-Yung and [x](https://e.org/Ying_Yung).';
    assert.deepEqual(check(text, 'markdown'), []);
    assert.equal(check('Ying Yung `x`', 'markdown').length, 1);
  });

  it('tolerates more edits in longer names', () => {
    assert.deepEqual([3, 5, 8, 9, 15, 16, 40].map(allowedEdits), [0, 1, 1, 2, 2, 3, 3]);
  });

  it('reaches recall ≥ 0.9 with < 0.5 false alarms per 10 KB on its test set (66 misspellings, 33 KB of correct prose)', () => {
    const quality = measureNearMisses(engine, join(__dirname, '..', '..'));
    assert.ok(quality.cases >= 60);
    assert.ok(quality.cleanBytes >= 30 * 1024);
    assert.ok(quality.recall >= 0.9, `recall ${quality.recall}: ${quality.missed.join('; ')}`);
    assert.ok(quality.falseAlarmsPer10KB < 0.5, `false alarms: ${quality.falseAlarms.join('; ')}`);
  });
});
