import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WhosWhoApi } from '../../src/extension/extension';
import { activateExtension, closeAllEditors, waitFor } from './helpers';

describe('the article view', () => {
  let api: WhosWhoApi;
  before(async () => {
    api = await activateExtension();
  });
  after(closeAllEditors);

  it('Show Article opens the article read-only, in its own language, with its mentions decorated', async () => {
    await vscode.commands.executeCommand('whoswho.showArticle');
    const editor = await waitFor('the article editor', () => (vscode.window.activeTextEditor?.document.uri.scheme === 'whoswho-article' ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.document.languageId, 'whoswho-article');
    assert.equal(editor.document.getText(), api.host.engine.article);
    const applied = await waitFor('decorations', () => {
      const d = api.decorations.decorationsOf(editor.document);
      return d && d.people.length > 0 ? d : undefined;
    });
    const engine = api.host.engine;
    const personMentions = engine.matcher.findMentions(engine.article).filter((m) => engine.knowledgeBase.get(m.entityId)?.kind === 'person');
    assert.equal(applied.people.length, personMentions.length);
    assert.equal(applied.people.length, 25, '23 people, Wang Yongjin and Ma Weiwei twice');
    const edited = await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'x'));
    assert.equal(edited && editor.document.getText().startsWith('x'), false, 'the article cannot be edited');
  });

  it('Show in Article jumps to the paragraph and selects the mention', async () => {
    const editor = (await vscode.commands.executeCommand('whoswho.showInArticle', 'hua-zhifeng')) as vscode.TextEditor;
    assert.equal(editor.document.getText(editor.selection), 'Hua Zhifeng');
    assert.equal(editor.selection.start.line, 32, 'paragraph 17 is line 33');
  });

  it('Show in Article at a given paragraph, for a quote', async () => {
    const editor = (await vscode.commands.executeCommand('whoswho.showInArticle', 'wang-yongjin', 15)) as vscode.TextEditor;
    assert.equal(editor.selection.start.line, 28);
    assert.equal(editor.document.getText(editor.selection), 'Wang Yongjin');
  });

  it('Show in Article on a parent institution selects the nested name it appears in', async () => {
    const editor = (await vscode.commands.executeCommand('whoswho.showInArticle', 'xinjiang-procuratorate')) as vscode.TextEditor;
    assert.equal(editor.document.getText(editor.selection), 'Political Department of the Xinjiang Uygur Autonomous Region Procuratorate');
  });

  it('contributes the article language and its grammar', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('whoswho-article'));
    const grammars = vscode.extensions.getExtension('whoswho.whoswho')!.packageJSON.contributes.grammars;
    assert.equal(grammars[0].scopeName, 'text.whoswho.article');
  });
});
