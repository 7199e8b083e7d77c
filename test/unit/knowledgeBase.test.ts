import { strict as assert } from 'node:assert';
import Ajv from 'ajv';
import schema from '../../src/data/whoswho.schema.json';
import { splitParagraphs } from '../../src/core/article';
import { KnowledgeBaseError, parseKnowledgeBase } from '../../src/core/validate';
import { normalizeText } from '../../src/core/normalize';
import { paragraphsByEntity } from '../../src/core/provenance';
import { articleEngine, articleText, knowledgeBaseText } from './fixtures';

describe('the bundled knowledge base', () => {
  const engine = articleEngine();
  const kb = engine.knowledgeBase;
  const raw = JSON.parse(knowledgeBaseText);
  const paragraphs = splitParagraphs(articleText);

  it('passes its JSON Schema', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    assert.ok(validate(raw), JSON.stringify(validate.errors));
  });

  it('holds every quote verbatim, in the paragraph it names', () => {
    let count = 0;
    for (const entity of kb.entities) {
      for (const quote of entity.quotes ?? []) {
        count++;
        assert.ok(paragraphs[quote.paragraph - 1]?.text.includes(quote.text), `${entity.id}: quote not in ¶${quote.paragraph}: ${quote.text.slice(0, 60)}`);
      }
    }
    assert.ok(count >= 17, `only ${count} quotes`);
  });

  it('refers only to institutions and parents that exist', () => {
    for (const entity of kb.entities) {
      for (const role of entity.roles ?? []) if (role.institution) assert.ok(kb.get(role.institution), `${entity.id} → ${role.institution}`);
      if (entity.parent) assert.ok(kb.get(entity.parent), `${entity.id} → ${entity.parent}`);
    }
  });

  it('uses only names and aliases that occur in the article', () => {
    const article = normalizeText(articleText);
    for (const entity of kb.entities) {
      for (const name of [entity.name, ...entity.aliases]) assert.ok(article.includes(normalizeText(name)), `${entity.id}: "${name}" is not in the article`);
    }
  });

  it('lists, for each entity, exactly the paragraphs where the matcher finds it', () => {
    const found = paragraphsByEntity(kb, engine.matcher, articleText);
    for (const entity of kb.entities) assert.deepEqual(entity.paragraphs, found.get(entity.id), entity.id);
  });

  it('has every person the article introduces with a title, and every name of the byline', () => {
    const introduced = [...articleText.matchAll(/([A-Z][a-z]+ [A-Z][a-z]+), (?:a |member|director|procurator|chief|deputy|Secretary|prosecutor)/g)].map((m) => m[1]);
    const byline = articleText.split('\n').find((line) => line.includes('Reporter:'))!;
    const bylineNames = [...byline.matchAll(/(?::|,) ([A-Z][a-z]+ [A-Z][a-z]+)(?=[,)])/g)].map((m) => m[1]);
    const people = new Set(kb.entities.filter((e) => e.kind === 'person').map((e) => e.name));
    const expected = new Set([...introduced.map((name) => name.replace(/^(?:practice|Company)/, '')), ...bylineNames, 'Hua Zhifeng', 'He Qiuhua']);
    assert.ok(bylineNames.length === 6, `byline: ${bylineNames.join(', ')}`);
    for (const name of expected) assert.ok(people.has(name), `missing person ${name}`);
    assert.ok(people.size >= 23);
  });

  it('links every department to its parent institution', () => {
    for (const entity of kb.entities.filter((e) => e.category === 'department')) assert.ok(entity.parent, `${entity.id} has no parent`);
    assert.equal(kb.get('jiangxi-political-department')?.parent, 'jiangxi-provincial-procuratorate');
    assert.deepEqual(kb.ancestors('jiangxi-political-department').map((e) => e.id), ['jiangxi-provincial-procuratorate']);
    assert.ok(kb.isWithin('jiangxi-political-department', 'jiangxi-provincial-procuratorate'));
    assert.ok(kb.isWithin('jiangxi-provincial-procuratorate', 'jiangxi-provincial-procuratorate'));
    assert.ok(!kb.isWithin('jiangxi-provincial-procuratorate', 'jiangxi-political-department'));
  });

  it('gives the abbreviation the article gives (CPPCC), and no made-up ones', () => {
    assert.deepEqual(kb.get('cppcc')?.aliases, ['CPPCC']);
  });

  it('finds the people of an institution', () => {
    assert.deepEqual(kb.people('supreme-peoples-procuratorate').map((e) => e.id), ['ying-yong']);
    assert.deepEqual(kb.people('national-peoples-congress').map((e) => e.id), ['zhang-tao', 'wu-huaxia']);
  });
});

describe('parseKnowledgeBase', () => {
  const minimal = (entities: unknown[]) => JSON.stringify({ version: 1, source: { title: 't' }, entities });
  const person = { id: 'a-b', kind: 'person', name: 'A B', aliases: [], description: 'd', paragraphs: [] };

  function errorOf(text: string): KnowledgeBaseError {
    try {
      parseKnowledgeBase(text, 'mine.whoswho.json');
    } catch (error) {
      assert.ok(error instanceof KnowledgeBaseError);
      return error;
    }
    assert.fail('no error');
  }

  it('accepts a minimal file, with a byte-order mark too', () => {
    assert.equal(parseKnowledgeBase('\uFEFF' + minimal([person])).entities.length, 1);
  });
  it('says where the JSON is broken', () => {
    const error = errorOf('{"version": 1,');
    assert.match(error.message, /^mine\.whoswho\.json: \/: not valid JSON/);
  });
  it('names the JSON path of a schema error', () => {
    const error = errorOf(minimal([person, { ...person, id: 'c-d', name: 42 }]));
    assert.equal(error.jsonPath, '/entities/1/name');
    assert.match(error.message, /\/entities\/1\/name: must be string/);
  });
  it('names an unknown property', () => {
    assert.match(errorOf(minimal([{ ...person, nmae: 'x' }])).message, /\/entities\/0: unknown property "nmae"/);
  });
  it('rejects duplicate ids', () => {
    assert.match(errorOf(minimal([person, person])).message, /\/entities\/1\/id: duplicate id "a-b"/);
  });
  it('rejects a role pointing at no entity', () => {
    const error = errorOf(minimal([{ ...person, roles: [{ title: 'Boss', institution: 'nowhere' }] }]));
    assert.equal(error.jsonPath, '/entities/0/roles/0/institution');
  });
  it('rejects a parent pointing at no entity', () => {
    assert.equal(errorOf(minimal([{ ...person, parent: 'nowhere' }])).jsonPath, '/entities/0/parent');
  });
  it('rejects a wrong kind, listing the allowed ones', () => {
    assert.match(errorOf(minimal([{ ...person, kind: 'animal' }])).message, /\/entities\/0\/kind: must be equal to one of the allowed values: "person", "institution", "event"/);
  });
  it('survives a parent cycle when walking ancestors', () => {
    const kb = parseKnowledgeBase(minimal([{ ...person, id: 'x', parent: 'y' }, { ...person, id: 'y', parent: 'x' }]));
    assert.deepEqual(kb.ancestors('x').map((e) => e.id), ['y']);
  });
});
