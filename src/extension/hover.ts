import * as vscode from 'vscode';
import { cardMarkdown } from '../core/card';
import type { EngineHost } from './engineHost';
import type { MentionCache } from './mentionCache';
import { settings } from './settings';

/** Hover cards on every mention, from the engine's card. */
export function registerHovers(host: EngineHost, cache: MentionCache): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-remote' }, { scheme: 'whoswho' }],
    {
      provideHover(document, position) {
        if (!settings().hoverEnabled) return undefined;
        const mention = cache.mentionAt(document, position);
        const entity = mention && host.engine.knowledgeBase.get(mention.entityId);
        if (!mention || !entity) return undefined;
        const markdown = new vscode.MarkdownString(cardMarkdown(host.engine.knowledgeBase, entity));
        markdown.supportHtml = false;
        return new vscode.Hover(markdown, new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)));
      },
    },
  );
}
