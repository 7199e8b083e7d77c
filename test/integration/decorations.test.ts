import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WhosWhoApi } from '../../src/extension/extension';
import { activateExtension, closeAllEditors, openInEditor, openUntitled, setSetting, waitFor } from './helpers';

function texts(document: vscode.TextDocument, ranges: readonly vscode.Range[]): string[] {
  return ranges.map((range) => document.getText(range).replace(/\s+/g, ' '));
}

/** Waits until the editor's decorations satisfy `check`, then returns them as text. */
async function decorated(api: WhosWhoApi, editor: vscode.TextEditor, check: (people: string[], institutions: string[]) => boolean = (p) => p.length > 0) {
  return waitFor('decorations', () => {
    const applied = api.decorations.decorationsOf(editor.document);
    if (!applied) return undefined;
    const people = texts(editor.document, applied.people);
    const institutions = texts(editor.document, applied.institutions);
    return check(people, institutions) ? { people, institutions } : undefined;
  });
}

describe('decorations', () => {
  let api: WhosWhoApi;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(async () => {
    await closeAllEditors();
    for (const key of ['decorations.enabled', 'decorations.style', 'languages', 'maxFileSizeKB']) await setSetting(key, undefined);
  });

  it('decorates every person and institution in a Markdown draft, each kind apart, with the text\'s own ranges', async () => {
    const editor = await openInEditor('draft.md');
    const { people, institutions } = await decorated(api, editor);
    assert.deepEqual(people, ['Ying Yong', 'Wang Yongjin', 'Ma Weiwei', 'Liu Yaling', 'Hua Zhifeng']);
    assert.deepEqual(institutions, [
      "Supreme People's Procuratorate",
      'Guizhou Provincial Procuratorate',
      'Jing’an District Procuratorate of Shanghai',
      'Supreme People’s Procuratorate',
      'CPPCC',
      'Political Department of the Jiangxi Provincial Procuratorate',
    ]);
  });

  it('never decorates look-alikes: the pronoun He, Wuhan, Wuqing, Materials, Liling, a lone Ma', async () => {
    const editor = await openInEditor('draft.md');
    const applied = await decorated(api, editor);
    const all = [...applied.people, ...applied.institutions];
    for (const word of ['He', 'Wuhan', 'Wuqing', 'Materials', 'Liling', 'Ma', 'Li']) assert.ok(!all.includes(word), word);
  });

  it('decorates plain text too', async () => {
    const editor = await openInEditor('notes.txt');
    const { people, institutions } = await decorated(api, editor);
    assert.deepEqual(people, ['Zhao Yijin']);
    assert.deepEqual(institutions, ['Guangdong Provincial Procuratorate']);
  });

  it('follows typing, re-scanning only the lines around the edit', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => (i % 50 === 0 ? `Line ${i}: Ying Yong spoke.` : `Line ${i}: nothing to see.`));
    const editor = await openUntitled(lines.join('\n'));
    await decorated(api, editor, (people) => people.length === 8);
    const rescannedBefore = api.mentions.rescannedLines;
    await editor.edit((edit) => edit.insert(new vscode.Position(200, 0), 'Zhang Tao and '));
    const { people } = await decorated(api, editor, (p) => p.length === 9);
    assert.ok(people.includes('Zhang Tao'));
    const rescanned = api.mentions.rescannedLines - rescannedBefore;
    assert.ok(rescanned > 0 && rescanned < 40, `re-scanned ${rescanned} of 400 lines`);
    // The mentions after the edit moved with it.
    const applied = api.decorations.decorationsOf(editor.document)!;
    assert.equal(editor.document.getText(applied.people[applied.people.length - 1]), 'Ying Yong');
  });

  it('keeps ranges right when an edit joins a name across a line', async () => {
    const editor = await openUntitled('We met Ying\n\nYong today.');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(api.decorations.decorationsOf(editor.document)?.people ?? [], []);
    await editor.edit((edit) => edit.delete(new vscode.Range(1, 0, 2, 0)));
    const { people } = await decorated(api, editor);
    assert.deepEqual(people, ['Ying Yong']);
  });

  it('turns off and on with whoswho.decorations.enabled, at once', async () => {
    const editor = await openInEditor('draft.md');
    await decorated(api, editor);
    await setSetting('decorations.enabled', false);
    await decorated(api, editor, (people, institutions) => people.length === 0 && institutions.length === 0);
    await setSetting('decorations.enabled', true);
    await decorated(api, editor, (people) => people.length === 5);
  });

  it('follows whoswho.languages', async () => {
    const editor = await openInEditor('draft.md');
    await decorated(api, editor);
    await setSetting('languages', ['plaintext']);
    await decorated(api, editor, (people, institutions) => people.length === 0 && institutions.length === 0);
  });

  it('changes style with whoswho.decorations.style and still decorates', async () => {
    const editor = await openInEditor('draft.md');
    await decorated(api, editor);
    await setSetting('decorations.style', 'underline');
    const { people } = await decorated(api, editor, (p) => p.length === 5);
    assert.equal(people[0], 'Ying Yong');
  });

  it('stops decorating above whoswho.maxFileSizeKB and says so once', async () => {
    await setSetting('maxFileSizeKB', 1);
    const editor = await openUntitled(`Ying Yong ${'filler text '.repeat(200)}`);
    await decorated(api, editor, (people, institutions) => people.length === 0 && institutions.length === 0);
    assert.ok(api.decorations.tooLargeDocuments.includes(editor.document.uri.toString()));
  });

  it('ignores languages it was not asked to decorate', async () => {
    const editor = await openUntitled('const name = "Ying Yong";', 'javascript');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const applied = api.decorations.decorationsOf(editor.document);
    assert.equal(applied?.people.length ?? 0, 0);
  });
});
