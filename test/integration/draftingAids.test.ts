import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WhosWhoApi } from '../../src/extension/extension';
import { activateExtension, closeAllEditors, openUntitled, setSetting, waitFor } from './helpers';

async function diagnosticsOf(document: vscode.TextDocument, count: number): Promise<vscode.Diagnostic[]> {
  return waitFor(`${count} diagnostics`, () => {
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === "Who's Who");
    return diagnostics.length === count ? diagnostics : undefined;
  });
}

async function quickFixes(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value);
  return actions.filter((action) => action.title.startsWith('Replace with') || action.title.startsWith('Restore'));
}

describe('drafting aids', () => {
  let api: WhosWhoApi;
  before(async () => {
    api = await activateExtension();
  });
  afterEach(async () => {
    await closeAllEditors();
    for (const key of ['diagnostics.enabled', 'diagnostics.severity', 'surnames.enabled', 'completion.enabled']) await setSetting(key, undefined);
  });

  it('flags a misspelled name as Information with "Did you mean", and leaves correct names alone', async () => {
    const { document } = await openUntitled('Ying Yung met Ma Weiwei and Wang Yongjing at the Supreme People\'s Procuratorate.');
    const diagnostics = await diagnosticsOf(document, 2);
    assert.deepEqual(diagnostics.map((d) => [document.getText(d.range), d.message]), [
      ['Ying Yung', 'Did you mean "Ying Yong"?'],
      ['Wang Yongjing', 'Did you mean "Wang Yongjin"?'],
    ]);
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Information);
  });

  it('offers a quick fix that replaces only the name, and can be undone', async () => {
    const editor = await openUntitled('Intro.\n\nWe met Hua Zhifang yesterday.\n\nOutro.');
    const [diagnostic] = await diagnosticsOf(editor.document, 1);
    const [fix] = await quickFixes(editor.document, diagnostic.range);
    assert.equal(fix.title, 'Replace with "Hua Zhifeng"');
    assert.equal(fix.isPreferred, true);
    const before = editor.document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(editor.document.getText(), 'Intro.\n\nWe met Hua Zhifeng yesterday.\n\nOutro.');
    await diagnosticsOf(editor.document, 0);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  it('never edits a document on its own: diagnostics only', async () => {
    const editor = await openUntitled('Ying Yung, Guizou Provincial Procuratorate.');
    await diagnosticsOf(editor.document, 2);
    assert.equal(editor.document.getText(), 'Ying Yung, Guizou Provincial Procuratorate.');
    assert.equal(editor.document.version, 1, 'no edit since the document opened');
  });

  it('follows the severity and on/off settings', async () => {
    const { document } = await openUntitled('Ying Yung spoke.');
    await diagnosticsOf(document, 1);
    await setSetting('diagnostics.severity', 'warning');
    await waitFor('a warning', () => vscode.languages.getDiagnostics(document.uri).find((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    await setSetting('diagnostics.enabled', false);
    await diagnosticsOf(document, 0);
  });

  it('flags a misquote with the article\'s wording, and restores it', async () => {
    const editor = await openUntitled('Ma Weiwei said: "It is necessary to turn the high-quality and efficient handling of every case into \'muscle memory\'."');
    const [diagnostic] = await diagnosticsOf(editor.document, 1);
    assert.match(diagnostic.message, /^Differs from what Ma Weiwei said in the article \(¶36\): “It is necessary to transform/);
    const [fix] = await quickFixes(editor.document, diagnostic.range);
    await vscode.workspace.applyEdit(fix.edit!);
    assert.equal(editor.document.getText(), 'Ma Weiwei said: "It is necessary to transform the high-quality and efficient handling of every case into \'muscle memory\'."');
  });

  it('links a surname to the person named before it: decorated, with the same hover', async () => {
    const editor = await openUntitled('Ma Weiwei spoke first. Later, Ma said the case mattered. He Qiuhua listened. He smiled.');
    const people = await waitFor('surname decorations', () => {
      const applied = api.decorations.decorationsOf(editor.document);
      return applied && applied.people.length === 3 ? applied.people.map((r) => editor.document.getText(r)) : undefined;
    });
    assert.deepEqual(people, ['Ma Weiwei', 'Ma', 'He Qiuhua']);
    const position = editor.document.positionAt(editor.document.getText().indexOf('Ma said') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
    assert.match((hovers[0].contents[0] as vscode.MarkdownString).value, /\*\*Ma Weiwei\*\*/);
  });

  it('says a shared surname is ambiguous in its hover', async () => {
    const editor = await openUntitled('Wang Yongjin and Wang Baozhu spoke. Wang agreed.');
    const position = editor.document.positionAt(editor.document.getText().lastIndexOf('Wang') + 1);
    const hovers = await waitFor('a hover', async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      return found.length > 0 ? found : undefined;
    });
    const text = (hovers[0].contents[0] as vscode.MarkdownString).value;
    assert.match(text, /ambiguous/);
    assert.match(text, /Wang Yongjin/);
    assert.match(text, /Wang Baozhu/);
  });

  it('completes names from two capitalised letters, with a first-reference item, and not in ordinary words', async () => {
    const editor = await openUntitled('Today Wang Yo');
    const end = new vscode.Position(0, 13);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end);
    const ours = list.items.filter((item) => String(item.detail).startsWith("Who's Who"));
    assert.equal(ours[0].insertText, 'Yongjin', '"Wang " is typed already');
    assert.equal((ours[0].label as vscode.CompletionItemLabel).label, 'Wang Yongjin');
    assert.equal(ours[1].insertText, 'Yongjin, Procurator General of the Guizhou Provincial Procuratorate');
    const quiet = await openUntitled('the pro');
    const none = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', quiet.document.uri, new vscode.Position(0, 7), 'o');
    assert.equal(none.items.filter((item) => String(item.detail).startsWith("Who's Who")).length, 0);
  });

  it('goes to the article where a person first appears (F12)', async () => {
    const editor = await openUntitled('We quote Zhao Yijin here.');
    const position = editor.document.positionAt(12);
    const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', editor.document.uri, position);
    const location = locations[0] as vscode.Location;
    assert.equal(location.uri.scheme, 'whoswho-article');
    const article = await vscode.workspace.openTextDocument(location.uri);
    assert.equal(article.getText(location.range), 'Zhao Yijin');
    assert.equal(location.range.start.line, 72);
  });

  it('finds all references in the open documents and the article', async () => {
    const editor = await openUntitled('Wang Yongjin spoke. Wang smiled.');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, new vscode.Position(0, 2));
    const inDraft = locations.filter((l) => l.uri.toString() === editor.document.uri.toString());
    const inArticle = locations.filter((l) => l.uri.scheme === 'whoswho-article');
    assert.deepEqual(inDraft.map((l) => editor.document.getText(l.range)), ['Wang Yongjin', 'Wang']);
    assert.equal(inArticle.length, 2);
  });
});
