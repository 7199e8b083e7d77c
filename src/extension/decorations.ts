import * as vscode from 'vscode';
import type { EngineHost } from './engineHost';
import type { MentionCache } from './mentionCache';
import { affectsSettings, settings, type DecorationStyle } from './settings';

const DEBOUNCE_MS = 100;

interface DecorationTypes {
  style: DecorationStyle;
  person: vscode.TextEditorDecorationType;
  institution: vscode.TextEditorDecorationType;
}

function createTypes(style: DecorationStyle): DecorationTypes {
  const person =
    style === 'underline'
      ? vscode.window.createTextEditorDecorationType({ textDecoration: 'underline solid', borderColor: new vscode.ThemeColor('whoswho.personUnderline'), borderStyle: 'none none solid none', borderWidth: '0 0 1px 0' })
      : vscode.window.createTextEditorDecorationType({ backgroundColor: new vscode.ThemeColor('whoswho.personBackground'), borderRadius: '2px', borderColor: new vscode.ThemeColor('whoswho.personUnderline'), borderStyle: 'none none solid none', borderWidth: '0 0 1px 0' });
  const institution = vscode.window.createTextEditorDecorationType({ borderColor: new vscode.ThemeColor('whoswho.institutionUnderline'), borderStyle: 'none none dotted none', borderWidth: '0 0 1px 0' });
  return { style, person, institution };
}

/** What one editor shows, for tests: the ranges of each kind of decoration. */
export interface AppliedDecorations {
  people: vscode.Range[];
  institutions: vscode.Range[];
}

/**
 * Decorates mentions in visible editors only, people and institutions (and events) each in their own
 * style, after the user pauses typing. The mentions come from the cache, which re-scans only edited lines.
 */
export class DecorationController implements vscode.Disposable {
  private types = createTypes(settings().decorationStyle);
  private readonly subscriptions: vscode.Disposable[];
  private timer: NodeJS.Timeout | undefined;
  private readonly warnedTooLarge = new Set<string>();
  private readonly applied = new Map<string, AppliedDecorations & { document: vscode.TextDocument; version: number }>();
  private readonly didDecorate = new vscode.EventEmitter<vscode.TextEditor>();
  /** Fires after an editor's decorations were set (tests wait on it). */
  readonly onDidDecorate = this.didDecorate.event;

  constructor(
    private readonly host: EngineHost,
    private readonly cache: MentionCache,
  ) {
    this.subscriptions = [
      this.didDecorate,
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshSoon(0)),
      cache.onDidChange((document) => {
        if (vscode.window.visibleTextEditors.some((editor) => editor.document === document)) this.refreshSoon(DEBOUNCE_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!affectsSettings(event)) return;
        if (settings().decorationStyle !== this.types.style) this.recreateTypes();
        this.refreshSoon(0);
      }),
      host.onDidChange(() => this.refreshSoon(0)),
    ];
    this.refreshSoon(0);
  }

  /** The decorations set on this version of a document, if its editor has been decorated since it changed. */
  decorationsOf(document: vscode.TextDocument): AppliedDecorations | undefined {
    const applied = this.applied.get(document.uri.toString());
    return applied && applied.document === document && applied.version === document.version ? applied : undefined;
  }

  refreshSoon(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refreshAll(), delay);
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  private recreateTypes(): void {
    this.types.person.dispose();
    this.types.institution.dispose();
    this.types = createTypes(settings().decorationStyle);
  }

  private decorate(editor: vscode.TextEditor): void {
    const document = editor.document;
    const skip = this.cache.skipReason(document);
    const people: vscode.Range[] = [];
    const institutions: vscode.Range[] = [];
    if (settings().decorationsEnabled && !skip) {
      const knowledgeBase = this.host.engine.knowledgeBase;
      for (const mention of this.cache.mentions(document)) {
        const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
        (knowledgeBase.get(mention.entityId)?.kind === 'person' ? people : institutions).push(range);
      }
    }
    if (skip === 'tooLarge') this.reportTooLarge(document);
    editor.setDecorations(this.types.person, people);
    editor.setDecorations(this.types.institution, institutions);
    this.applied.set(document.uri.toString(), { document, version: document.version, people, institutions });
    this.didDecorate.fire(editor);
  }

  /** Said once per document, in the status bar: no pop-up for something the user did not ask for. */
  private reportTooLarge(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.warnedTooLarge.has(key)) return;
    this.warnedTooLarge.add(key);
    vscode.window.setStatusBarMessage(
      `$(info) Who's Who: ${vscode.workspace.asRelativePath(document.uri)} is larger than whoswho.maxFileSizeKB (${settings().maxFileSizeKB} KB); its mentions are not decorated.`,
      10_000,
    );
  }

  /** Documents that were too large to decorate, for tests. */
  get tooLargeDocuments(): string[] {
    return [...this.warnedTooLarge];
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.types.person.dispose();
    this.types.institution.dispose();
  }
}
