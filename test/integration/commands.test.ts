import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WhosWhoApi } from '../../src/extension/extension';
import { activateExtension, closeAllEditors, openInEditor, openUntitled, setSetting, waitFor } from './helpers';

describe('commands', () => {
  let api: WhosWhoApi;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeAllEditors();
    await setSetting('decorations.enabled', undefined);
  });

  it('Search… opens a quick pick over the Fuse.js search: typos find the right person, with role and institution', async () => {
    void vscode.commands.executeCommand('whoswho.search', 'Yng Yong');
    const pick = await waitFor('the search quick pick', () => api.commands.activeSearch);
    const first = pick.items[0];
    assert.equal(first.entity.id, 'ying-yong');
    assert.match(first.description ?? '', /Supreme People's Procuratorate/);
    pick.value = 'political department jiangxi';
    await waitFor('new items', () => pick.items[0]?.entity.id === 'jiangxi-political-department');
  });

  it('choosing an entity offers Insert, which writes the name at the cursor of the draft', async () => {
    const editor = await openUntitled('Today, ');
    editor.selection = new vscode.Selection(0, 7, 0, 7);
    const chosen = vscode.commands.executeCommand('whoswho.search', 'wang yongjn');
    await waitFor('the search quick pick', () => api.commands.activeSearch);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(((await chosen) as { id: string }).id, 'wang-yongjin');
    await new Promise((resolve) => setTimeout(resolve, 400)); // the action quick pick opens
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await waitFor('the inserted name', () => editor.document.getText() === 'Today, Wang Yongjin');
  });

  it('Look Up Word or Selection searches the mention under the cursor', async () => {
    const editor = await openInEditor('notes.txt');
    const offset = editor.document.getText().indexOf('Yijin');
    editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset));
    void vscode.commands.executeCommand('whoswho.lookUp');
    const pick = await waitFor('the look-up quick pick', () => api.commands.activeSearch);
    assert.equal(pick.value, 'Zhao Yijin');
    assert.equal(pick.items[0].entity.id, 'zhao-yijin');
  });

  it('Look Up uses the selection when there is one', async () => {
    const editor = await openUntitled('the guizhou procuratorate');
    editor.selection = new vscode.Selection(0, 4, 0, 11);
    void vscode.commands.executeCommand('whoswho.lookUp');
    const pick = await waitFor('the look-up quick pick', () => api.commands.activeSearch);
    assert.equal(pick.value, 'guizhou');
    assert.equal(pick.items[0].entity.id, 'guizhou-provincial-procuratorate');
  });

  it('Toggle Decorations flips the setting and the editor follows', async () => {
    const editor = await openInEditor('draft.md');
    await waitFor('decorations', () => (api.decorations.decorationsOf(editor.document)?.people.length ?? 0) > 0);
    assert.equal(await vscode.commands.executeCommand('whoswho.toggleDecorations'), false);
    assert.equal(vscode.workspace.getConfiguration('whoswho').get('decorations.enabled'), false);
    await waitFor('no decorations', () => api.decorations.decorationsOf(editor.document)?.people.length === 0);
    assert.equal(await vscode.commands.executeCommand('whoswho.toggleDecorations'), true);
    await waitFor('decorations again', () => (api.decorations.decorationsOf(editor.document)?.people.length ?? 0) > 0);
  });

  it('Find Mentions lists the mentions of an entity, and of what it contains, in the open editors', async () => {
    await openInEditor('draft.md');
    await openInEditor('notes.txt');
    const people = (await vscode.commands.executeCommand('whoswho.findMentions', 'ying-yong')) as Array<{ uri: vscode.Uri; text: string }>;
    assert.deepEqual(people.map((l) => [l.uri.path.split('/').pop(), l.text]), [['draft.md', 'Ying Yong']]);
    const jiangxi = (await vscode.commands.executeCommand('whoswho.findMentions', 'jiangxi-provincial-procuratorate')) as Array<{ text: string }>;
    assert.deepEqual(jiangxi.map((l) => l.text), ['Political Department of the Jiangxi Provincial Procuratorate']);
  });

  it('Copy Name puts the canonical name on the clipboard', async () => {
    await vscode.commands.executeCommand('whoswho.copyName', 'jingan-district-procuratorate');
    assert.equal(await vscode.env.clipboard.readText(), "Jing'an District Procuratorate of Shanghai");
  });

  it('Insert Name can write a first-reference form, and replaces the selection', async () => {
    const editor = await openUntitled('Met XXX today.');
    editor.selection = new vscode.Selection(0, 4, 0, 7);
    await vscode.commands.executeCommand('whoswho.insertName', 'wang-yongjin', 'firstReference');
    assert.equal(editor.document.getText(), 'Met Wang Yongjin, Procurator General of the Guizhou Provincial Procuratorate today.');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), 'Met XXX today.');
  });

  it('has keybindings for Search and Look Up, and Look Up in the editor context menu', () => {
    const manifest = vscode.extensions.getExtension('whoswho.whoswho')!.packageJSON;
    const keys = manifest.contributes.keybindings.map((k: { command: string }) => k.command);
    assert.ok(keys.includes('whoswho.search') && keys.includes('whoswho.lookUp'));
    assert.ok(manifest.contributes.menus['editor/context'].some((m: { command: string }) => m.command === 'whoswho.lookUp'));
  });
});
