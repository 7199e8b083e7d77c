import { strict as assert } from 'node:assert';
import { mentionAt } from '../../src/core/mentionIndex';
import type { Mention } from '../../src/core/mentions';
import { articleEngine, articleText } from './fixtures';

describe('MentionMatcher', () => {
  const engine = articleEngine();
  const find = (text: string): Mention[] => engine.matcher.findMentions(text);
  const ids = (text: string): string[] => find(text).map((m) => m.entityId);
  const articleMentions = find(articleText);
  const inArticle = (id: string) => articleMentions.filter((m) => m.entityId === id);

  it('finds every person of the article, each as often as the article names them', () => {
    const people = engine.knowledgeBase.entities.filter((e) => e.kind === 'person');
    for (const person of people) {
      const expected = articleText.split(person.name).length - 1;
      assert.equal(inArticle(person.id).length, expected, person.name);
      assert.ok(expected > 0, person.name);
    }
  });

  it('finds every institution and event of the article, alone or inside a longer name', () => {
    for (const entity of engine.knowledgeBase.entities.filter((e) => e.kind !== 'person')) {
      const found = articleMentions.some((m) => m.entityId === entity.id || engine.knowledgeBase.ancestors(m.entityId).some((a) => a.id === entity.id));
      assert.ok(found, entity.id);
    }
  });

  it('trap "practiceHua Zhifeng": finds the name glued to the previous word, range on the name only', () => {
    const [hua] = inArticle('hua-zhifeng');
    assert.equal(hua.text, 'Hua Zhifeng');
    assert.equal(articleText.slice(hua.start - 8, hua.start), 'practice');
  });

  it('trap "CompanyHe Qiuhua": finds both the company and the person glued to it', () => {
    const text = 'the pyramid scheme case of Quanjian CompanyHe Qiuhua, deputy chief procurator';
    assert.deepEqual(find(text).map((m) => [m.entityId, m.text]), [['quanjian-company', 'Quanjian Company'], ['he-qiuhua', 'He Qiuhua']]);
  });

  it('trap "He": the pronoun is never He Qiuhua', () => {
    assert.deepEqual(ids('He introduced to reporters the cracking points. He said. he qiuhuan'), []);
    assert.equal(inArticle('he-qiuhua').length, 1);
  });

  it('trap surnames inside words: Wu in Wuhan and Wuqing, Li in Liling, Ma in Materials are never mentions', () => {
    for (const text of ['Wuhan', 'Wuqing', 'Liling', 'Materials', 'Wuhan Wu', 'Li Liling', 'Ma Materials']) assert.deepEqual(ids(text), [], text);
    const surnameOnly = articleMentions.filter((m) => ['Wu', 'Li', 'Ma', 'He'].includes(m.text));
    assert.deepEqual(surnameOnly, []);
  });

  it('trap nested names: the longest wins, and its card leads to the parent', () => {
    const text = 'director of the Political Department of the Jiangxi Provincial Procuratorate from';
    const mentions = find(text);
    assert.equal(mentions.length, 1);
    assert.equal(mentions[0].text, 'Political Department of the Jiangxi Provincial Procuratorate');
    assert.equal(engine.knowledgeBase.get(mentions[0].entityId)?.parent, 'jiangxi-provincial-procuratorate');
    assert.deepEqual(ids('The Jiangxi Provincial Procuratorate fully excavated'), ['jiangxi-provincial-procuratorate']);
  });

  it('trap possessives: "Procuratorate\'s" with a straight or a curly apostrophe, the range without "\'s"', () => {
    for (const text of ["the Supreme People's Procuratorate's attention", 'the Supreme People’s Procuratorate’s attention']) {
      const [mention] = find(text);
      assert.equal(mention.entityId, 'supreme-peoples-procuratorate');
      assert.ok(mention.text.endsWith('Procuratorate'), mention.text);
    }
    assert.deepEqual(ids("Xinjiang's procuratorial organs"), []);
  });

  it('trap two Wangs, two Wus, two Lius: each full name is its own person', () => {
    assert.deepEqual(ids('Wang Yongjin and Wang Baozhu; Wu Huaxia and Wu Hongjiang; Liu Yaling and Liu Tingting'), [
      'wang-yongjin', 'wang-baozhu', 'wu-huaxia', 'wu-hongjiang', 'liu-yaling', 'liu-tingting',
    ]);
  });

  it('trap mixed straight and curly quotes inside a name: the "Double First" conference', () => {
    assert.deepEqual(ids('the 10th "Double First" Commendation Conference'), ['double-first-commendation-conference']);
    assert.deepEqual(ids('the 10th “Double First” Commendation Conference'), ['double-first-commendation-conference']);
  });

  it('is case-insensitive, but the range is the text\'s own', () => {
    const [mention] = find('we met YING yong today');
    assert.equal(mention.entityId, 'ying-yong');
    assert.equal(mention.text, 'YING yong');
    assert.equal(mention.start, 7);
  });

  it('finds a name broken across a soft-wrapped line, with diacritics and hyphens', () => {
    const [mention] = find('said Ying\nYong and Zhào Yìjīn');
    assert.equal(mention.text, 'Ying\nYong');
    assert.deepEqual(ids('said Ying\nYong and Zhào Yìjīn'), ['ying-yong', 'zhao-yijin']);
    assert.deepEqual(ids('Jing-an District Procuratorate'), ['jingan-district-procuratorate']);
  });

  it('does not join a name across punctuation or a blank line', () => {
    assert.deepEqual(ids('Ying. Yong'), []);
    assert.deepEqual(ids('Ying\n\nYong'), []);
  });

  it('reports UTF-16 offsets, lines and characters from 0', () => {
    const text = '# 😀 Draft\n\nWe quote Ma Weiwei here.';
    const [mention] = find(text);
    assert.equal(text.slice(mention.start, mention.end), 'Ma Weiwei');
    assert.deepEqual([mention.line, mention.character], [2, 9]);
  });

  it('re-scans a range of lines and finds what a full scan finds there', () => {
    const from = articleText.indexOf('Ying Yong, Secretary');
    const to = articleText.indexOf('\n', from);
    const partial = engine.matcher.findMentionsInRange(articleText, from, to);
    const full = articleMentions.filter((m) => m.start >= from && m.start < to);
    assert.deepEqual(partial, full);
    assert.equal(partial.length, 2);
  });

  it('survives odd input: empty, only punctuation, a very long line, lone surrogates, NUL bytes', () => {
    assert.deepEqual(find(''), []);
    assert.deepEqual(find('!!!…—'), []);
    assert.equal(find('x '.repeat(200_000) + 'Ying Yong').length, 1);
    assert.deepEqual(ids('\uD800 Ying Yong \uDC00\u0000Ma Weiwei'), ['ying-yong', 'ma-weiwei']);
  });

  it('looks a mention up by offset with a binary search', () => {
    const hua = inArticle('hua-zhifeng')[0];
    assert.equal(mentionAt(articleMentions, hua.start + 2)?.entityId, 'hua-zhifeng');
    assert.equal(mentionAt(articleMentions, hua.end)?.entityId, 'hua-zhifeng');
    assert.equal(mentionAt(articleMentions, 0), undefined);
  });
});
