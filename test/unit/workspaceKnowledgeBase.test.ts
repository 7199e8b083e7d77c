import { strict as assert } from 'node:assert';
import { Engine } from '../../src/core/engine';
import { locateJsonPath } from '../../src/core/jsonLocation';
import { KnowledgeBase } from '../../src/core/knowledgeBase';
import { KnowledgeBaseError, mergeKnowledgeBases, parseJson, validateKnowledgeBase } from '../../src/core/validate';
import { knowledgeBaseText } from './fixtures';

describe('users\' own knowledge bases', () => {
  const base = validateKnowledgeBase(JSON.parse(knowledgeBaseText));
  const known = new Set(base.entities.map((entity) => entity.id));
  const addition = {
    version: 1,
    source: { title: 'Our notes' },
    entities: [
      { id: 'ada-lovelace', kind: 'person', name: 'Ada Lovelace', aliases: [], description: 'Our correspondent.', paragraphs: [], roles: [{ title: 'Guest', institution: 'supreme-peoples-procuratorate' }] },
      { id: 'ying-yong', kind: 'person', name: 'Ying Yong', aliases: ['the Procurator General'], description: 'Corrected description.', paragraphs: [10] },
    ],
  };

  it('lets a file refer to the bundled entities', () => {
    assert.throws(() => validateKnowledgeBase(addition), /no entity has the id "supreme-peoples-procuratorate"/);
    assert.equal(validateKnowledgeBase(addition, 'notes', known).entities.length, 2);
  });

  it('adds new entities and replaces those with a known id', () => {
    const merged = mergeKnowledgeBases(base, [{ file: validateKnowledgeBase(addition, 'notes', known) }]);
    assert.equal(merged.entities.length, base.entities.length + 1);
    const engine = new Engine(new KnowledgeBase(merged));
    assert.deepEqual(engine.matcher.findMentions('Ada Lovelace met the Procurator General.').map((m) => m.entityId), ['ada-lovelace', 'ying-yong']);
    assert.equal(engine.knowledgeBase.get('ying-yong')?.description, 'Corrected description.');
    assert.equal(engine.search.search('lovelace', 1)[0].entity.id, 'ada-lovelace');
  });

  it('says where a syntax error is', () => {
    const text = '{\n  "version": 1,\n  "source": { "title": "x" }\n  "entities": []\n}';
    try {
      parseJson(text, 'broken.whoswho.json');
      assert.fail('parsed');
    } catch (error) {
      assert.ok(error instanceof KnowledgeBaseError);
      assert.equal(error.offset, text.indexOf('"entities"'));
      assert.match(error.message, /broken\.whoswho\.json: \/: not valid JSON: comma expected/);
    }
  });

  it('finds the text of a JSON path, or its nearest parent', () => {
    const text = '{"entities": [{"id": "a", "name": 42}]}';
    const name = locateJsonPath(text, '/entities/0/name');
    assert.equal(text.slice(name.start, name.end), '42');
    const missing = locateJsonPath(text, '/entities/0/roles/3/title');
    assert.equal(text.slice(missing.start, missing.end), '{');
    const entity = locateJsonPath(text, '/entities/0');
    assert.equal(text.slice(entity.start, entity.end), '{');
  });
});
