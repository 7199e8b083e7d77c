import { strict as assert } from 'node:assert';
import { completionsAt, NamePrefixes } from '../../src/core/completion';
import { articleEngine } from './fixtures';

describe('completionsAt', () => {
  const engine = articleEngine();
  it('offers names for two capitalised letters, best first, with a first-reference form for people', () => {
    const result = completionsAt(engine, 'Yesterday Wang Yo', false)!;
    // "Wang" is typed already: only the current word is replaced, with the rest of the name.
    assert.deepEqual([result.candidates[0].insertText, result.candidates[0].replaceLength], ['Yongjin', 2]);
    assert.deepEqual(result.candidates[0].label, 'Wang Yongjin');
    assert.equal(result.candidates[1].insertText, 'Yongjin, Procurator General of the Guizhou Provincial Procuratorate');
    // A slip in a word already typed: the whole name replaces both words.
    const typo = completionsAt(engine, 'Zhaoo Yij', false)!;
    assert.deepEqual([typo.candidates[0].insertText, typo.candidates[0].replaceLength], ['Zhao Yijin', 9]);
  });
  it('goes on with a name whose last word has one letter so far', () => {
    const [first] = completionsAt(engine, 'Then Zhao Y', true)!.candidates;
    assert.deepEqual([first.label, first.insertText, first.replaceLength], ['Zhao Yijin', 'Yijin', 1]);
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

  it('tells when the words just typed start a known name, a title or an alias, from three letters on', () => {
    const prefixes = new NamePrefixes(engine.knowledgeBase);
    for (const typing of ['Then Zhao Yi', 'Zha', 'the Supreme Peo', 'Ma We', 'a Photojo', 'the CPP']) assert.ok(prefixes.isTypingName(typing), typing);
    for (const typing of ['Zh', 'Then', 'The', 'zhao yi', 'Ma ', 'Hello Wor', 'Zhao Yi ']) assert.ok(!prefixes.isTypingName(typing), typing);
  });
});
