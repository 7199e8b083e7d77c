import * as vscode from 'vscode';
import { ARTICLE_SCHEME } from './articleView';

/**
 * The text editor the user last wrote in. When the panel has focus there is no active text editor, yet
 * "Insert name" must still go to the draft, not to the read-only article or an output channel.
 */
export class EditorTracker implements vscode.Disposable {
  private last: vscode.TextEditor | undefined;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.remember(vscode.window.activeTextEditor);
    this.subscription = vscode.window.onDidChangeActiveTextEditor((editor) => this.remember(editor));
  }

  private remember(editor: vscode.TextEditor | undefined): void {
    if (editor && isDraft(editor.document)) this.last = editor;
  }

  /** The active draft editor, or the last one if it is still visible. */
  get draftEditor(): vscode.TextEditor | undefined {
    const active = vscode.window.activeTextEditor;
    if (active && isDraft(active.document)) return active;
    return this.last && vscode.window.visibleTextEditors.includes(this.last) ? this.last : vscode.window.visibleTextEditors.find((e) => isDraft(e.document));
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

function isDraft(document: vscode.TextDocument): boolean {
  return document.uri.scheme !== ARTICLE_SCHEME && document.uri.scheme !== 'output' && document.uri.scheme !== 'vscode-scm';
}
