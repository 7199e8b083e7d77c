import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { cardData, cardMarkdown, summaryLine } from '../../src/core/card';
import { escapeMarkdown } from '../../src/core/escape';
import { parseKnowledgeBase } from '../../src/core/validate';
import { articleEngine } from './fixtures';

describe('cards', () => {
  const kb = articleEngine().knowledgeBase;

  it('shows name, role, institution, one quote and where in the article', () => {
    const markdown = cardMarkdown(kb, kb.get('wang-yongjin')!);
    assert.match(markdown, /^\*\*Wang Yongjin\*\* · Person/);
    assert.match(markdown, /Procurator General, Guizhou Provincial Procuratorate/);
    assert.match(markdown, /A clear\\-cut stand on politics is always the first requirement\\\./);
    assert.match(markdown, /In the article: ¶14, ¶15/);
  });

  it('leads a department to its parent, and an institution to its people', () => {
    const data = cardData(kb, kb.get('jiangxi-political-department')!);
    assert.deepEqual(data.parent, { id: 'jiangxi-provincial-procuratorate', name: 'Jiangxi Provincial Procuratorate' });
    assert.deepEqual(data.people.map((p) => p.id), ['hua-zhifeng']);
    assert.match(cardMarkdown(kb, kb.get('jiangxi-political-department')!), /Part of Jiangxi Provincial Procuratorate/);
    assert.deepEqual(cardData(kb, kb.get('jiangxi-provincial-procuratorate')!).children.map((c) => c.id), ['jiangxi-political-department']);
  });

  it('adds only the links the caller gives', () => {
    const entity = kb.get('ying-yong')!;
    assert.doesNotMatch(cardMarkdown(kb, entity), /\]\(/);
    const markdown = cardMarkdown(kb, entity, { showInArticle: (id, paragraph) => `command:whoswho.showInArticle?${id}-${paragraph}` });
    assert.match(markdown, /\[Show in article\]\(command:whoswho\.showInArticle\?ying-yong-10\)/);
  });

  it('summarises a person by their first role, anything else by its kind', () => {
    assert.equal(summaryLine(kb, kb.get('ma-weiwei')!), 'National Model Prosecutor');
    assert.equal(summaryLine(kb, kb.get('ying-yong')!), "Secretary of the Party Leadership Group, Supreme People's Procuratorate");
    assert.equal(summaryLine(kb, kb.get('guizhou-provincial-procuratorate')!), 'Provincial institution');
  });

  it('escapes every piece of data: no Markdown, HTML or command link can be injected', () => {
    const evil = '[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold** `code` # h';
    const injected = parseKnowledgeBase(
      JSON.stringify({
        version: 1,
        source: { title: 't' },
        entities: [
          { id: 'x', kind: 'institution', name: evil, aliases: [], description: evil, paragraphs: [1] },
          { id: 'p', kind: 'person', name: evil, aliases: [], description: evil, paragraphs: [1], roles: [{ title: evil, institution: 'x' }], quotes: [{ text: evil, paragraph: 1, form: 'direct' }] },
        ],
      }),
    );
    // Rendered by markdown-it, the renderer VS Code's hovers use, with HTML allowed: the worst case.
    const html = new MarkdownIt({ html: true, linkify: false }).render(cardMarkdown(injected, injected.get('p')!));
    assert.doesNotMatch(html, /<a |<img|<code>|<h1>/);
    assert.equal((html.match(/<strong>/g) ?? []).length, 1, 'only the name is bold');
    assert.match(html, /\[click\]\(command:workbench/, 'the text is shown as it is');
  });

  it('escapes Markdown specials and folds line breaks', () => {
    assert.equal(escapeMarkdown('a*b_[c](d)\n<e>'), 'a\\*b\\_\\[c\\]\\(d\\) \\<e\\>');
  });
});
