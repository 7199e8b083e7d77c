import * as vscode from 'vscode';
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

/** The mentions of each open document, scanned once per document version. */
export class MentionCache implements vscode.Disposable {
  private readonly cache = new Map<string, CachedMentions>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly host: EngineHost) {
    this.subscriptions = [
      vscode.workspace.onDidCloseTextDocument((document) => this.cache.delete(document.uri.toString())),
      host.onDidChange(() => this.cache.clear()),
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

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
