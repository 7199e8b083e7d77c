import * as vscode from 'vscode';
import { ARTICLE_URI } from './articleView';
import type { EngineHost } from './engineHost';
import { isSurnameReference, type MentionCache } from './mentionCache';

/**
 * Go to Definition on a mention opens the article where the entity first appears; Find All References
 * lists its mentions in the open documents and in the article.
 */
export function registerNavigation(host: EngineHost, cache: MentionCache): vscode.Disposable {
  const entityIdsAt = (document: vscode.TextDocument, position: vscode.Position): string[] => {
    const mention = cache.mentionAt(document, position);
    if (!mention) return [];
    return isSurnameReference(mention) ? mention.candidates : [mention.entityId];
  };
  const articleLocation = async (entityId: string): Promise<vscode.Location | undefined> => {
    const engine = host.engine;
    const article = await vscode.workspace.openTextDocument(ARTICLE_URI);
    const first = cache.fullMentions(article).find((m) => engine.knowledgeBase.isWithin(m.entityId, entityId));
    return first && new vscode.Location(ARTICLE_URI, new vscode.Range(article.positionAt(first.start), article.positionAt(first.end)));
  };
  return vscode.Disposable.from(
    vscode.languages.registerDefinitionProvider('*', {
      async provideDefinition(document, position) {
        const locations = await Promise.all(entityIdsAt(document, position).map(articleLocation));
        return locations.filter((location): location is vscode.Location => location !== undefined);
      },
    }),
    vscode.languages.registerReferenceProvider('*', {
      async provideReferences(document, position) {
        const ids = new Set(entityIdsAt(document, position));
        if (ids.size === 0) return [];
        const article = await vscode.workspace.openTextDocument(ARTICLE_URI);
        const documents = [document, ...vscode.workspace.textDocuments.filter((d) => d !== document && d.uri.toString() !== ARTICLE_URI.toString()), ...(document === article ? [] : [article])];
        return documents.flatMap((d) =>
          cache
            .mentions(d)
            .filter((m) => ids.has(m.entityId) && !(isSurnameReference(m) && m.candidates.length > 1))
            .map((m) => new vscode.Location(d.uri, new vscode.Range(d.positionAt(m.start), d.positionAt(m.end)))),
        );
      },
    }),
  );
}
