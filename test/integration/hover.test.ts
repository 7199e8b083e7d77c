import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openInEditor, setSetting } from './helpers';

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n---\n');
}

function positionOf(document: vscode.TextDocument, text: string, offsetInText = 1): vscode.Position {
  const index = document.getText().indexOf(text);
  assert.ok(index >= 0, `${text} not in the document`);
  return document.positionAt(index + offsetInText);
}

describe('hover cards', () => {
  before(activateExtension);
  after(async () => {
    await setSetting('hover.enabled', undefined);
    await closeAllEditors();
  });

  it('shows who, role, institution, a quote and where in the article on a person', async () => {
    const { document } = await openInEditor('draft.md');
    const card = await hoverText(document, positionOf(document, 'Wang Yongjin', 3));
    assert.match(card, /\*\*Wang Yongjin\*\*/);
    assert.match(card, /Procurator General, Guizhou Provincial Procuratorate/);
    assert.match(card, /A clear\\-cut stand on politics/);
    assert.match(card, /¶14, ¶15/);
  });

  it('leads a nested institution to its parent', async () => {
    const { document } = await openInEditor('draft.md');
    const card = await hoverText(document, positionOf(document, 'Political Department of the Jiangxi', 30));
    assert.match(card, /Political Department of the Jiangxi Provincial Procuratorate/);
    assert.match(card, /Part of Jiangxi Provincial Procuratorate/);
    assert.match(card, /People: Hua Zhifeng/);
  });

  it('links only to our own commands', async () => {
    const { document } = await openInEditor('draft.md');
    const card = await hoverText(document, positionOf(document, 'Ma Weiwei'));
    const commands = [...card.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.deepEqual(commands.sort(), ['whoswho.findMentions', 'whoswho.openInPanel', 'whoswho.showInArticle']);
  });

  it('shows nothing on the pronoun He or on Wuhan', async () => {
    const { document } = await openInEditor('draft.md');
    assert.equal(await hoverText(document, positionOf(document, 'He said', 0)), '');
    assert.equal(await hoverText(document, positionOf(document, 'Wuhan')), '');
  });

  it('goes quiet with whoswho.hover.enabled off', async () => {
    const { document } = await openInEditor('draft.md');
    await setSetting('hover.enabled', false);
    assert.equal(await hoverText(document, positionOf(document, 'Ying Yong')), '');
    await setSetting('hover.enabled', undefined);
    assert.match(await hoverText(document, positionOf(document, 'Ying Yong')), /Ying Yong/);
  });
});
