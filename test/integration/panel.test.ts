import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WhosWhoApi } from '../../src/extension/extension';
import { activateExtension, closeAllEditors, openInEditor, waitFor } from './helpers';

describe('the People & Institutions panel', () => {
  let api: WhosWhoApi;
  before(async () => {
    api = await activateExtension();
  });
  after(closeAllEditors);

  it('opens from Focus Search, its search box first, showing the full list grouped with counts', async () => {
    await vscode.commands.executeCommand('whoswho.focusSearch');
    const rendered = await waitFor('the panel to render', () => api.panel.lastRendered);
    const people = rendered.groupLabels.find((label) => label.startsWith('People'));
    assert.equal(people, 'People (23)');
    assert.ok(rendered.groupLabels.some((label) => label.startsWith('Institutions · Provincial institution (')));
    assert.equal(rendered.groupLabels[rendered.groupLabels.length - 1], 'Events (4)');
    assert.equal(rendered.rowIds.length, api.host.engine.knowledgeBase.entities.length);
    assert.equal(rendered.rowIds.length, 59);
  });

  it('searches as the query changes, best match first', async () => {
    await api.panel.setQuery('Wang Yongjn');
    const rendered = await waitFor('results', () => (api.panel.lastRendered?.query === 'Wang Yongjn' ? api.panel.lastRendered : undefined));
    assert.equal(rendered.rowIds[0], 'wang-yongjin');
    assert.equal(rendered.activeId, 'wang-yongjin');
    await api.panel.setQuery('inner mongolia');
    const next = await waitFor('results', () => (api.panel.lastRendered?.query === 'inner mongolia' ? api.panel.lastRendered : undefined));
    assert.equal(next.rowIds[0], 'inner-mongolia-procuratorate');
  });

  it('keeps its query when hidden and shown again', async () => {
    await api.panel.setQuery('cppcc');
    await waitFor('results', () => api.panel.lastRendered?.query === 'cppcc');
    await vscode.commands.executeCommand('workbench.view.explorer');
    await new Promise((resolve) => setTimeout(resolve, 300));
    api.panel.lastRendered = undefined;
    await vscode.commands.executeCommand('whoswho.panel.focus');
    const restored = await waitFor('the panel again', () => api.panel.lastRendered);
    assert.equal(restored.query, 'cppcc');
    assert.equal(restored.rowIds[0], 'cppcc');
  });

  it('opens a card from a hover link (Open in Panel)', async () => {
    await vscode.commands.executeCommand('whoswho.openInPanel', 'liu-yaling');
    await waitFor('the card', () => api.panel.lastRendered?.cardId === 'liu-yaling');
  });

  it('runs the card\'s actions through our commands: Insert name goes to the draft', async () => {
    const editor = await openInEditor('notes.txt');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('whoswho.openInPanel', 'mo-xiangqi');
    await waitFor('the card', () => api.panel.lastRendered?.cardId === 'mo-xiangqi');
    await vscode.commands.executeCommand('whoswho.insertName', 'mo-xiangqi');
    await waitFor('the inserted name', () => editor.document.getText().includes('Mo Xiangqi'));
    await vscode.commands.executeCommand('undo');
  });
});
