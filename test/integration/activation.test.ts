import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openInEditor } from './helpers';

describe('activation', () => {
  after(closeAllEditors);

  it('activates when a Markdown draft opens, and builds the engine of the bundled article', async () => {
    await openInEditor('draft.md');
    const api = await activateExtension();
    assert.ok(api.host.engine.knowledgeBase.entities.length >= 59);
    assert.ok(vscode.extensions.getExtension('whoswho.whoswho')?.isActive);
  });

  it('contributes its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['whoswho.search', 'whoswho.lookUp', 'whoswho.showArticle', 'whoswho.toggleDecorations', 'whoswho.focusSearch']) {
      assert.ok(commands.includes(command), command);
    }
  });
});
