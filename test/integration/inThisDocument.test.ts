import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WhosWhoApi } from '../../src/extension/extension';
import { activateExtension, closeAllEditors, openInEditor, waitFor } from './helpers';

describe('the In This Document tree', () => {
  let api: WhosWhoApi;
  before(async () => {
    api = await activateExtension();
  });
  after(closeAllEditors);

  it('lists the entities of the active draft with counts, and each mention with its line', async () => {
    await openInEditor('draft.md');
    const roots = await waitFor('tree roots', () => {
      const nodes = api.inThisDocument.getChildren();
      return nodes.length > 0 ? nodes : undefined;
    });
    const spp = roots.find((node) => node.entityId === 'supreme-peoples-procuratorate')!;
    const item = api.inThisDocument.getTreeItem(spp);
    assert.equal(item.label, "Supreme People's Procuratorate");
    assert.match(String(item.description), /^2 ×/);
    const mentions = api.inThisDocument.getChildren(spp);
    assert.deepEqual(mentions.map((node) => api.inThisDocument.getTreeItem(node).label), ['Line 3', 'Line 9']);
  });

  it('reveals a mention when its item is clicked', async () => {
    await openInEditor('draft.md');
    const roots = api.inThisDocument.getChildren();
    const ma = roots.find((node) => node.entityId === 'ma-weiwei')!;
    const [mention] = api.inThisDocument.getChildren(ma);
    const command = api.inThisDocument.getTreeItem(mention).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), 'Ma Weiwei');
  });
});
