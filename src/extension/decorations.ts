import * as vscode from 'vscode';
import type { Mention } from '../core/mentions';
import type { EngineHost } from './engineHost';
import type { MentionCache } from './mentionCache';
import { affectsSettings, settings } from './settings';

const DEBOUNCE_MS = 150;

/** Decorates the mentions of people and of institutions and events in visible editors, each kind in its own style. */
export class DecorationController implements vscode.Disposable {
  private readonly personType = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('whoswho.personBackground'),
    borderRadius: '2px',
  });
  private readonly institutionType = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline dotted',
    color: new vscode.ThemeColor('whoswho.institutionForeground'),
  });
  private readonly subscriptions: vscode.Disposable[];
  private timer: NodeJS.Timeout | undefined;
  private readonly warnedTooLarge = new Set<string>();

  constructor(
    private readonly host: EngineHost,
    private readonly cache: MentionCache,
  ) {
    this.subscriptions = [
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshSoon(0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (vscode.window.visibleTextEditors.some((editor) => editor.document === event.document)) this.refreshSoon(DEBOUNCE_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => affectsSettings(event) && this.refreshSoon(0)),
      host.onDidChange(() => this.refreshSoon(0)),
    ];
    this.refreshSoon(0);
  }

  /** Re-decorates after the user pauses: typing is never blocked by a scan. */
  refreshSoon(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refreshAll(), delay);
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  private decorate(editor: vscode.TextEditor): void {
    const document = editor.document;
    const skip = this.cache.skipReason(document);
    if (!settings().decorationsEnabled || skip) {
      editor.setDecorations(this.personType, []);
      editor.setDecorations(this.institutionType, []);
      if (skip === 'tooLarge') this.reportTooLarge(document);
      return;
    }
    const people: vscode.Range[] = [];
    const others: vscode.Range[] = [];
    for (const mention of this.cache.mentions(document)) {
      (this.isPerson(mention) ? people : others).push(new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)));
    }
    editor.setDecorations(this.personType, people);
    editor.setDecorations(this.institutionType, others);
  }

  private isPerson(mention: Mention): boolean {
    return this.host.engine.knowledgeBase.get(mention.entityId)?.kind === 'person';
  }

  /** Said once per document, in the status bar: no pop-up for something the user did not ask for. */
  private reportTooLarge(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.warnedTooLarge.has(key)) return;
    this.warnedTooLarge.add(key);
    vscode.window.setStatusBarMessage(`Who's Who: ${vscode.workspace.asRelativePath(document.uri)} is larger than whoswho.maxFileSizeKB (${settings().maxFileSizeKB} KB); its mentions are not decorated.`, 8000);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.personType.dispose();
    this.institutionType.dispose();
  }
}
