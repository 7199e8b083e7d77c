import * as vscode from 'vscode';
import type { EngineHost } from './engineHost';

export const ARTICLE_SCHEME = 'whoswho-article';
/** The ".whoswho-article" ending gives the document its language (grammar, decorations) by itself. */
export const ARTICLE_URI = vscode.Uri.from({ scheme: ARTICLE_SCHEME, path: '/National Conference, December 20.whoswho-article' });

/** The article as a read-only document: a virtual file that VS Code cannot save or edit. */
export function registerArticleView(host: EngineHost): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(ARTICLE_SCHEME, {
    provideTextDocumentContent: () => host.engine.article,
  });
}

export async function showArticle(options?: { selection?: vscode.Range; preserveFocus?: boolean }): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(ARTICLE_URI);
  const editor = await vscode.window.showTextDocument(document, { preview: false, preserveFocus: options?.preserveFocus, selection: options?.selection });
  if (options?.selection) editor.revealRange(options.selection, vscode.TextEditorRevealType.AtTop);
  return editor;
}

/** Opens the article at a paragraph, selecting the entity's mention there (or the paragraph's start). */
export async function showInArticle(host: EngineHost, entityId: string, paragraphNumber?: number): Promise<vscode.TextEditor | undefined> {
  const engine = host.engine;
  const entity = engine.knowledgeBase.get(entityId);
  const number = paragraphNumber ?? entity?.paragraphs[0];
  const paragraph = engine.paragraphs.find((p) => p.number === number);
  if (!entity || !paragraph) {
    void vscode.window.showInformationMessage(`Who's Who: ${entity?.name ?? entityId} does not appear in the article.`);
    return undefined;
  }
  const mention = engine.matcher
    .findMentionsInRange(engine.article, paragraph.start, paragraph.end)
    .find((m) => engine.knowledgeBase.isWithin(m.entityId, entityId));
  const document = await vscode.workspace.openTextDocument(ARTICLE_URI);
  const start = document.positionAt(mention?.start ?? paragraph.start);
  const end = document.positionAt(mention?.end ?? paragraph.start);
  return showArticle({ selection: new vscode.Range(start, end) });
}
