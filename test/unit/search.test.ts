import { strict as assert } from 'node:assert';
import { articleEngine } from './fixtures';

describe('SearchIndex', () => {
  const { search } = articleEngine();
  const first = (query: string) => search.search(query, 5)[0]?.entity.id;

  const expectations: Array<[string, string, string]> = [
    ['yingyong', 'ying-yong', 'missing space'],
    ['ying yong', 'ying-yong', 'lower case'],
    ['Yng Yong', 'ying-yong', 'dropped letter'],
    ['Wang Yongjn', 'wang-yongjin', 'typo in a near-namesake'],
    ['procurator general', 'ying-yong', 'a title'],
    ['guizhou', 'guizhou-provincial-procuratorate', 'part of an institution'],
    ['political department jiangxi', 'jiangxi-political-department', 'words out of order'],
    ['inner mongolia', 'inner-mongolia-procuratorate', 'a region'],
    ['cppcc', 'cppcc', 'an abbreviation'],
    ['photojournalist', 'cheng-ding', 'a byline role'],
    ['Supreme People’s Procuratorat', 'supreme-peoples-procuratorate', 'curly apostrophe and a dropped letter'],
    ['ZHAO YIJIN', 'zhao-yijin', 'upper case'],
    ['zhào', 'zhao-yijin', 'diacritics'],
    ['materials', 'school-of-materials-science-and-engineering', 'a word inside a long name'],
  ];
  for (const [query, expected, what] of expectations) {
    it(`finds ${expected} first for "${query}" (${what})`, () => assert.equal(first(query), expected));
  }

  it('ranks the second namesake close behind: "wang" finds both Wangs first', () => {
    assert.deepEqual(search.search('wang', 2).map((h) => h.entity.id).sort(), ['wang-baozhu', 'wang-yongjin']);
  });

  it('returns scores in order, between 0 and 1', () => {
    const hits = search.search('procuratorate', 20);
    assert.ok(hits.length > 5);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score <= hits[i].score);
    assert.ok(hits.every((h) => h.score >= 0 && h.score <= 1));
  });

  it('returns the matched character ranges of the name, for highlighting', () => {
    const hit = search.search('Ma Weiwei', 1)[0];
    const nameMatch = hit.matches.find((m) => m.field === 'name');
    assert.ok(nameMatch, JSON.stringify(hit.matches));
    const highlighted = nameMatch.ranges.map(([s, e]) => nameMatch.value.slice(s, e)).join('|');
    assert.match(highlighted, /Ma|Weiwei/);
    for (const [start, end] of nameMatch.ranges) assert.ok(start >= 0 && end <= nameMatch.value.length && start < end);
  });

  it('finds nothing for an empty query or prose that names nobody', () => {
    assert.deepEqual(search.search('   '), []);
    assert.deepEqual(search.search('xylophone quartz'), []);
  });

  it('respects the limit', () => {
    assert.equal(search.search('procuratorate', 3).length, 3);
  });
});
