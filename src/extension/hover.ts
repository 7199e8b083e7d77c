import * as vscode from 'vscode';
import { cardMarkdown } from '../core/card';
import { commandLinks, OUR_HOVER_COMMANDS } from './commandLinks';
import type { EngineHost } from './engineHost';
import type { MentionCache } from './mentionCache';
import { settings } from './settings';

/** Hover cards on every mention: the engine's card, whose links may run only our own commands. */
export function registerHovers(host: EngineHost, cache: MentionCache): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    '*',
    {
      provideHover(document, position) {
        if (!settings().hoverEnabled) return undefined;
        const mention = cache.mentionAt(document, position);
        const entity = mention && host.engine.knowledgeBase.get(mention.entityId);
        if (!mention || !entity) return undefined;
        const markdown = new vscode.MarkdownString(cardMarkdown(host.engine.knowledgeBase, entity, commandLinks()));
        markdown.isTrusted = { enabledCommands: [...OUR_HOVER_COMMANDS] };
        markdown.supportHtml = false;
        return new vscode.Hover(markdown, new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)));
      },
    },
  );
}
