import * as vscode from 'vscode';
import { countMentions } from '../../core/listing';
import { parseFromPanel, type FromPanel, type ToPanel } from '../../core/panelProtocol';
import type { EditorTracker } from '../editorTracker';
import type { EngineHost } from '../engineHost';
import type { MentionCache } from '../mentionCache';

export const PANEL_VIEW_ID = 'whoswho.panel';

type Rendered = Extract<FromPanel, { type: 'rendered' }>;

/** The "People & Institutions" webview view: hosts the panel page and carries its messages. */
export class PanelProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private pending: ToPanel[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<Rendered>();
  /** What the webview shows after each change (for tests in the real VS Code). */
  readonly onDidRender = this.rendered.event;
  lastRendered: Rendered | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly host: EngineHost,
    private readonly cache: MentionCache,
    private readonly editors: EditorTracker,
    private readonly html: (webview: vscode.Webview) => string,
  ) {
    this.subscriptions.push(
      this.rendered,
      vscode.window.registerWebviewViewProvider(PANEL_VIEW_ID, this),
      vscode.window.onDidChangeActiveTextEditor(() => this.sendEditorCounts()),
      cache.onDidChange((document) => document === this.editors.draftEditor?.document && this.sendEditorCounts()),
      host.onDidChange(() => this.sendInit()),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    view.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')] };
    view.webview.html = this.html(view.webview);
    view.webview.onDidReceiveMessage((raw) => this.receive(parseFromPanel(raw)));
    view.onDidDispose(() => {
      this.view = undefined;
      this.ready = false;
    });
  }

  private receive(message: FromPanel | undefined): void {
    if (!message) return;
    if (message.type === 'ready') {
      this.ready = true;
      this.sendInit();
      this.sendEditorCounts();
      const queued = this.pending;
      this.pending = [];
      queued.forEach((m) => this.post(m));
    } else if (message.type === 'rendered') {
      this.lastRendered = message;
      this.rendered.fire(message);
    } else if (message.type === 'action') {
      const command = { insert: 'whoswho.insertName', copy: 'whoswho.copyName', showInArticle: 'whoswho.showInArticle', findMentions: 'whoswho.findMentions' }[message.action];
      void vscode.commands.executeCommand(command, message.id, message.paragraph);
    }
  }

  private post(message: ToPanel): void {
    if (this.view && this.ready) void this.view.webview.postMessage(message);
    else this.pending.push(message);
  }

  private sendInit(): void {
    if (!this.view || !this.ready) return;
    const engine = this.host.engine;
    const knowledgeBase = { version: 1 as const, source: engine.knowledgeBase.source, entities: [...engine.knowledgeBase.entities] };
    void this.view.webview.postMessage({ type: 'init', knowledgeBase, articleCounts: countMentions(engine.matcher.findMentions(engine.article)) } satisfies ToPanel);
  }

  private sendEditorCounts(): void {
    if (!this.view || !this.ready) return;
    const editor = this.editors.draftEditor;
    const counts = editor ? countMentions(this.cache.mentions(editor.document)) : {};
    const editorName = editor ? editor.document.uri.path.split('/').pop() : undefined;
    void this.view.webview.postMessage({ type: 'editorCounts', counts, editorName } satisfies ToPanel);
  }

  /** Reveals the panel; messages wait until its page says it is ready. */
  private async reveal(): Promise<void> {
    await vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`);
  }

  async focusSearch(): Promise<void> {
    await this.reveal();
    this.post({ type: 'focusSearch' });
  }

  async setQuery(query: string): Promise<void> {
    await this.reveal();
    this.post({ type: 'setQuery', query });
  }

  async showEntity(id: string): Promise<void> {
    await this.reveal();
    this.post({ type: 'showEntity', id });
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
