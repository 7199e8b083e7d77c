import * as vscode from 'vscode';
import { ambiguousCardMarkdown, cardMarkdown } from '../core/card';
import { commandLinks, OUR_HOVER_COMMANDS } from './commandLinks';
import type { EngineHost } from './engineHost';
import { isSurnameReference, type MentionCache } from './mentionCache';
import { settings } from './settings';

/** Hover cards on every mention: the engine's card, whose links may run only our own commands. */
export function registerHovers(host: EngineHost, cache: MentionCache): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    '*',
    {
      provideHover(document, position) {
        if (!settings().hoverEnabled) return undefined;
        const mention = cache.mentionAt(document, position);
        const knowledgeBase = host.engine.knowledgeBase;
        const entity = mention && knowledgeBase.get(mention.entityId);
        if (!mention || !entity) return undefined;
        const ambiguous = isSurnameReference(mention) && mention.candidates.length > 1;
        const text = ambiguous
          ? ambiguousCardMarkdown(knowledgeBase, mention.text, mention.candidates.flatMap((id) => knowledgeBase.get(id) ?? []), commandLinks())
          : cardMarkdown(knowledgeBase, entity, commandLinks());
        const markdown = new vscode.MarkdownString(text);
        markdown.isTrusted = { enabledCommands: [...OUR_HOVER_COMMANDS] };
        markdown.supportHtml = false;
        return new vscode.Hover(markdown, new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)));
      },
    },
  );
}
