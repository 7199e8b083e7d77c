import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WhosWhoApi } from '../../src/extension/extension';
import { activateExtension, closeAllEditors, openUntitled, waitFor, workspaceFile } from './helpers';

const encoder = new TextEncoder();

describe('knowledge bases in the workspace', () => {
  let api: WhosWhoApi;
  const notes = workspaceFile('notes.whoswho.json');
  const broken = workspaceFile('broken.whoswho.json');
  before(async () => {
    api = await activateExtension();
  });
  after(async () => {
    for (const uri of [notes, broken]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await waitFor('the bundled knowledge base alone', () => !api.host.engine.knowledgeBase.get('ada-lovelace'));
    await closeAllEditors();
  });

  it('adds the people of a *.whoswho.json file: decorated and searchable at once', async () => {
    const file = {
      version: 1,
      source: { title: 'Desk notes' },
      entities: [{ id: 'ada-lovelace', kind: 'person', name: 'Ada Lovelace', aliases: [], description: 'Our correspondent in Beijing.', paragraphs: [], roles: [{ title: 'Correspondent', institution: 'mondo-entertainment' }] }],
    };
    await vscode.workspace.fs.writeFile(notes, encoder.encode(JSON.stringify(file, null, 2)));
    await waitFor('the new person', () => api.host.engine.knowledgeBase.get('ada-lovelace'), 15_000);
    const editor = await openUntitled('Ada Lovelace interviewed Ying Yong.');
    const people = await waitFor('decorations', () => {
      const applied = api.decorations.decorationsOf(editor.document);
      return applied && applied.people.length === 2 ? applied.people.map((r) => editor.document.getText(r)) : undefined;
    });
    assert.deepEqual(people, ['Ada Lovelace', 'Ying Yong']);
    assert.equal(api.host.engine.search.search('lovelace', 1)[0].entity.id, 'ada-lovelace');
  });

  it('leaves a broken file out, says where it is wrong, and keeps everything else working', async () => {
    const text = '{\n  "version": 1,\n  "source": { "title": "x" },\n  "entities": [\n    { "id": "bad", "kind": "robot", "name": "R", "aliases": [], "description": "d", "paragraphs": [] }\n  ]\n}\n';
    await vscode.workspace.fs.writeFile(broken, encoder.encode(text));
    const [problem] = await waitFor('a problem in the broken file', () => {
      const found = vscode.languages.getDiagnostics(broken);
      return found.length > 0 ? found : undefined;
    }, 15_000);
    assert.match(problem.message, /^\/entities\/0\/kind: must be equal to one of the allowed values/);
    assert.equal(problem.range.start.line, 4);
    const document = await vscode.workspace.openTextDocument(broken);
    assert.equal(document.getText(problem.range), '"robot"');
    assert.ok(api.host.engine.knowledgeBase.get('ada-lovelace'), 'the valid file still counts');
    assert.ok(api.host.engine.knowledgeBase.get('ying-yong'), 'the bundled one too');
  });
});
