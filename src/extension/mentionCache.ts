import * as vscode from 'vscode';
import { LineIndex } from '../core/lines';
import type { Mention } from '../core/mentions';
import { mentionAt } from '../core/mentionIndex';
import type { EngineHost } from './engineHost';
import { isDecoratedLanguage, settings } from './settings';

interface CachedMentions {
  version: number;
  mentions: Mention[];
}

/** Why a document has no mentions: not a decorated language, or too large to scan. */
export type SkipReason = 'language' | 'tooLarge' | undefined;

/**
 * The mentions of each open document, kept per document version. An edit re-scans only the lines around
 * it (as many lines either side as the longest name has words, since a soft-wrapped name spans lines);
 * the mentions after it are shifted. Documents are scanned lazily, when something asks.
 */
export class MentionCache implements vscode.Disposable {
  private readonly cache = new Map<string, CachedMentions>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after a document's mentions may have changed (an edit, or a new knowledge base). */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  /** Lines re-scanned by incremental updates so far, for tests and benchmarks. */
  rescannedLines = 0;

  constructor(private readonly host: EngineHost) {
    this.subscriptions = [
      this.changed,
      vscode.workspace.onDidCloseTextDocument((document) => this.cache.delete(document.uri.toString())),
      vscode.workspace.onDidChangeTextDocument((event) => this.applyEdit(event)),
      host.onDidChange(() => this.cache.clear()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('whoswho.languages') || event.affectsConfiguration('whoswho.maxFileSizeKB')) this.cache.clear();
      }),
    ];
  }

  skipReason(document: vscode.TextDocument): SkipReason {
    if (!isDecoratedLanguage(document)) return 'language';
    // Length in UTF-16 code units is a cheap stand-in for bytes: both say "this file is huge".
    if (document.getText().length > settings().maxFileSizeKB * 1024) return 'tooLarge';
    return undefined;
  }

  mentions(document: vscode.TextDocument): Mention[] {
    if (this.skipReason(document)) return [];
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached.mentions;
    const mentions = this.host.engine.matcher.findMentions(document.getText());
    this.cache.set(key, { version: document.version, mentions });
    return mentions;
  }

  mentionAt(document: vscode.TextDocument, position: vscode.Position): Mention | undefined {
    return mentionAt(this.mentions(document), document.offsetAt(position));
  }

  private applyEdit(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const cached = this.cache.get(key);
    if (event.contentChanges.length === 0) return;
    if (cached && cached.version === event.document.version - 1 && event.contentChanges.length === 1 && !this.skipReason(event.document)) {
      cached.mentions = this.rescanAround(event.document, cached.mentions, event.contentChanges[0]);
      cached.version = event.document.version;
    } else {
      this.cache.delete(key);
    }
    this.changed.fire(event.document);
  }

  private rescanAround(document: vscode.TextDocument, old: Mention[], change: vscode.TextDocumentContentChangeEvent): Mention[] {
    const reach = this.host.engine.matcher.longestName;
    const firstLine = Math.max(0, change.range.start.line - reach);
    const insertedLines = change.text.split('\n').length - 1;
    const lastChangedLine = change.range.start.line + insertedLines;
    const endLine = Math.min(document.lineCount, lastChangedLine + reach + 1);
    const from = document.offsetAt(new vscode.Position(firstLine, 0));
    const to = endLine >= document.lineCount ? document.getText().length : document.offsetAt(new vscode.Position(endLine, 0));
    const delta = change.text.length - change.rangeLength;
    const oldTo = to - delta;
    const text = document.getText();
    const lines = new LineIndex(text);
    this.rescannedLines += endLine - firstLine;
    const before = old.filter((mention) => mention.start < from);
    const rescanned = this.host.engine.matcher.findMentionsInRange(text, from, to, lines);
    const after = old
      .filter((mention) => mention.start >= oldTo)
      .map((mention) => {
        const start = mention.start + delta;
        return { ...mention, start, end: mention.end + delta, ...lines.positionAt(start) };
      });
    return [...before, ...rescanned, ...after];
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
