import * as vscode from 'vscode';
import { findMisquotes } from '../core/misquotes';
import type { EngineHost } from './engineHost';
import type { MentionCache } from './mentionCache';
import { settings, type DiagnosticSeverityName } from './settings';

export const DIAGNOSTIC_SOURCE = "Who's Who";
const DEBOUNCE_MS = 400;

/** A replacement a quick fix can make: the canonical spelling, or the article's wording of a quote. */
export interface Fix {
  title: string;
  replacement: string;
  preferred: boolean;
}

const SEVERITIES: Record<DiagnosticSeverityName, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const REASONS = { spelling: '', capitalization: ' (capitals)', spacing: ' (spacing)', 'word order': ' (word order)' } as const;

/**
 * Misspelled names and misquotes, as diagnostics with quick fixes. Checked after the user pauses, for open
 * documents of the decorated languages; the fixes are kept beside the diagnostics for the code actions.
 */
export class DiagnosticsController implements vscode.Disposable, vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];
  readonly collection = vscode.languages.createDiagnosticCollection('whoswho');
  private readonly fixes = new Map<string, Map<string, Fix[]>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[];
  private readonly checked = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after a document's diagnostics were set (tests wait on it). */
  readonly onDidCheck = this.checked.event;

  constructor(
    private readonly host: EngineHost,
    private readonly cache: MentionCache,
  ) {
    this.subscriptions = [
      this.collection,
      this.checked,
      vscode.languages.registerCodeActionsProvider('*', this, { providedCodeActionKinds: DiagnosticsController.providedCodeActionKinds }),
      vscode.workspace.onDidOpenTextDocument((document) => this.checkSoon(document, 0)),
      cache.onDidChange((document) => this.checkSoon(document, DEBOUNCE_MS)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('whoswho')) vscode.workspace.textDocuments.forEach((document) => this.checkSoon(document, 0));
      }),
      host.onDidChange(() => vscode.workspace.textDocuments.forEach((document) => this.checkSoon(document, 0))),
    ];
    vscode.workspace.textDocuments.forEach((document) => this.checkSoon(document, 0));
  }

  private checkSoon(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) this.check(document);
      }, delay),
    );
  }

  private forget(uri: vscode.Uri): void {
    this.collection.delete(uri);
    this.fixes.delete(uri.toString());
  }

  /** Checks a document now: its misspelled names and misquotes become diagnostics. */
  check(document: vscode.TextDocument): vscode.Diagnostic[] {
    const { diagnosticsEnabled, diagnosticsSeverity } = settings();
    // The read-only article is the reference: nothing in it is a mistake to fix.
    if (!diagnosticsEnabled || this.cache.skipReason(document) || document.uri.scheme === 'whoswho-article') {
      this.forget(document.uri);
      this.checked.fire(document);
      return [];
    }
    const engine = this.host.engine;
    const text = document.getText();
    const severity = SEVERITIES[diagnosticsSeverity] ?? vscode.DiagnosticSeverity.Information;
    const diagnostics: vscode.Diagnostic[] = [];
    const fixes = new Map<string, Fix[]>();
    const add = (start: number, end: number, message: string, code: string, documentFixes: Fix[]) => {
      const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
      const diagnostic = new vscode.Diagnostic(range, message, severity);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = code;
      diagnostics.push(diagnostic);
      fixes.set(rangeKey(range), documentFixes);
    };
    for (const miss of engine.nearMisses.check(text, document.languageId)) {
      const names = miss.candidates.map((candidate) => candidate.name);
      add(miss.start, miss.end, `Did you mean ${names.map((name) => `"${name}"`).join(' or ')}?${REASONS[miss.reason]}`, 'misspelled-name',
        names.map((name, index) => ({ title: `Replace with "${name}"`, replacement: name, preferred: index === 0 })));
    }
    for (const misquote of findMisquotes(engine.knowledgeBase, text, this.cache.mentions(document))) {
      const person = engine.knowledgeBase.get(misquote.entityId)?.name ?? misquote.entityId;
      add(misquote.start, misquote.end, `Differs from what ${person} said in the article (¶${misquote.paragraph}): “${misquote.articleText}”`, 'misquote', [
        { title: `Restore ${person}'s words from the article`, replacement: misquote.articleText, preferred: true },
      ]);
    }
    this.collection.set(document.uri, diagnostics);
    this.fixes.set(document.uri.toString(), fixes);
    this.checked.fire(document);
    return diagnostics;
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const fixes = this.fixes.get(document.uri.toString());
    if (!fixes) return [];
    return context.diagnostics
      .filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE)
      .flatMap((diagnostic) =>
        (fixes.get(rangeKey(diagnostic.range)) ?? []).map((fix) => {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.edit = new vscode.WorkspaceEdit();
          action.edit.replace(document.uri, diagnostic.range, fix.replacement);
          action.diagnostics = [diagnostic];
          action.isPreferred = fix.preferred;
          return action;
        }),
      );
  }

  dispose(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

function rangeKey(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}
