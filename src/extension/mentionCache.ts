import * as vscode from 'vscode';
import { LineIndex } from '../core/lines';
import type { Mention } from '../core/mentions';
import { mentionAt } from '../core/mentionIndex';
import type { SurnameReference } from '../core/surnames';
import type { EngineHost } from './engineHost';
import { isDecoratedLanguage, settings } from './settings';

/** A mention in a document: a full name, or a surname standing for someone named in full earlier. */
export type DocumentMention = Mention | SurnameReference;

export function isSurnameReference(mention: DocumentMention): mention is SurnameReference {
  return 'candidates' in mention;
}

interface CachedMentions {
  /** The document object itself: a closed untitled document's URI and version come back with new text. */
  document: vscode.TextDocument;
  version: number;
  /** Full-name mentions: what the matcher finds, kept up to date line by line. */
  full: Mention[];
  /** Full mentions and surname references, in order; derived from `full` once per version. */
  all?: DocumentMention[];
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
      host.onDidChange(() => this.clear()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (['whoswho.languages', 'whoswho.maxFileSizeKB', 'whoswho.surnames.enabled'].some((key) => event.affectsConfiguration(key))) {
          this.cache.clear();
          vscode.workspace.textDocuments.forEach((document) => this.changed.fire(document));
        }
      }),
    ];
  }

  /** Forgets every document's mentions: the next request scans afresh. */
  clear(): void {
    this.cache.clear();
  }

  skipReason(document: vscode.TextDocument): SkipReason {
    if (!isDecoratedLanguage(document)) return 'language';
    // Length in UTF-16 code units is a cheap stand-in for bytes: both say "this file is huge".
    if (document.getText().length > settings().maxFileSizeKB * 1024) return 'tooLarge';
    return undefined;
  }

  /** Full-name mentions only. */
  fullMentions(document: vscode.TextDocument): Mention[] {
    return this.entry(document)?.full ?? [];
  }

  /** Full-name mentions and surname references, in document order. */
  mentions(document: vscode.TextDocument): DocumentMention[] {
    const entry = this.entry(document);
    if (!entry) return [];
    if (!entry.all) {
      entry.all = settings().surnamesEnabled ? this.host.engine.documentMentions(document.getText(), entry.full) : entry.full;
    }
    return entry.all;
  }

  private entry(document: vscode.TextDocument): CachedMentions | undefined {
    if (this.skipReason(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.document === document && cached.version === document.version) return cached;
    const fresh = { document, version: document.version, full: this.host.engine.matcher.findMentions(document.getText()) };
    this.cache.set(key, fresh);
    return fresh;
  }

  mentionAt(document: vscode.TextDocument, position: vscode.Position): DocumentMention | undefined {
    return mentionAt(this.mentions(document), document.offsetAt(position));
  }

  private applyEdit(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const cached = this.cache.get(key);
    if (event.contentChanges.length === 0) return;
    if (cached && cached.document === event.document && cached.version === event.document.version - 1 && event.contentChanges.length === 1 && !this.skipReason(event.document)) {
      cached.full = this.rescanAround(event.document, cached.full, event.contentChanges[0]);
      cached.all = undefined;
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
    const text = document.getText();
    const to = endLine >= document.lineCount ? text.length : document.offsetAt(new vscode.Position(endLine, 0));
    const delta = change.text.length - change.rangeLength;
    const oldTo = to - delta;
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
