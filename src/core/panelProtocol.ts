import type { KnowledgeBaseFile } from './model';

/** Messages between the panel's webview and the extension. Plain data only: both sides validate what they receive. */

export type PanelAction = 'insert' | 'copy' | 'showInArticle' | 'findMentions';

export type ToPanel =
  | { type: 'init'; knowledgeBase: KnowledgeBaseFile; articleCounts: Record<string, number> }
  | { type: 'editorCounts'; counts: Record<string, number>; editorName: string | undefined }
  | { type: 'focusSearch' }
  | { type: 'setQuery'; query: string }
  | { type: 'showEntity'; id: string };

export type FromPanel =
  | { type: 'ready' }
  | { type: 'action'; action: PanelAction; id: string; paragraph?: number }
  /** What the panel shows now: lets tests in the real VS Code check the webview's rendering. */
  | { type: 'rendered'; query: string; rowIds: string[]; groupLabels: string[]; cardId: string | undefined; activeId: string | undefined };

const ACTIONS: readonly PanelAction[] = ['insert', 'copy', 'showInArticle', 'findMentions'];

/** Accepts only well-formed messages from the webview; anything else is ignored. */
export function parseFromPanel(message: unknown): FromPanel | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type === 'ready') return { type: 'ready' };
  if (m.type === 'action' && typeof m.id === 'string' && ACTIONS.includes(m.action as PanelAction)) {
    const paragraph = typeof m.paragraph === 'number' && Number.isInteger(m.paragraph) ? m.paragraph : undefined;
    return { type: 'action', action: m.action as PanelAction, id: m.id, paragraph };
  }
  if (m.type === 'rendered' && typeof m.query === 'string' && Array.isArray(m.rowIds) && Array.isArray(m.groupLabels)) {
    return {
      type: 'rendered',
      query: m.query,
      rowIds: m.rowIds.filter((id): id is string => typeof id === 'string'),
      groupLabels: m.groupLabels.filter((label): label is string => typeof label === 'string'),
      cardId: typeof m.cardId === 'string' ? m.cardId : undefined,
      activeId: typeof m.activeId === 'string' ? m.activeId : undefined,
    };
  }
  return undefined;
}
