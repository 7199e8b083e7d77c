import * as vscode from 'vscode';
import { summaryLine } from '../core/card';
import type { Mention } from '../core/mentions';
import type { EditorTracker } from './editorTracker';
import type { EngineHost } from './engineHost';
import type { MentionCache } from './mentionCache';

export const IN_THIS_DOCUMENT_VIEW_ID = 'whoswho.inThisDocument';

export type DocumentNode =
  | { kind: 'entity'; entityId: string; mentions: Mention[]; uri: vscode.Uri }
  | { kind: 'mention'; entityId: string; mention: Mention; uri: vscode.Uri; lineText: string };

const ICONS = { person: 'person', institution: 'organization', event: 'calendar' } as const;

/** The native tree "In This Document": the entities the active draft mentions, with counts; each mention below. */
export class InThisDocumentProvider implements vscode.TreeDataProvider<DocumentNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private readonly view: vscode.TreeView<DocumentNode>;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly host: EngineHost,
    private readonly cache: MentionCache,
    private readonly editors: EditorTracker,
  ) {
    this.view = vscode.window.createTreeView(IN_THIS_DOCUMENT_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [
      this.changed,
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon()),
      cache.onDidChange(() => this.refreshSoon()),
      host.onDidChange(() => this.refreshSoon()),
    ];
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), 200);
  }

  getChildren(node?: DocumentNode): DocumentNode[] {
    const editor = this.editors.draftEditor;
    if (!editor) {
      this.view.description = undefined;
      return [];
    }
    const document = editor.document;
    if (node?.kind === 'entity') {
      return node.mentions.map((mention) => ({ kind: 'mention', entityId: node.entityId, mention, uri: node.uri, lineText: document.lineAt(Math.min(mention.line, document.lineCount - 1)).text }));
    }
    if (node) return [];
    const byEntity = new Map<string, Mention[]>();
    for (const mention of this.cache.mentions(document)) byEntity.set(mention.entityId, [...(byEntity.get(mention.entityId) ?? []), mention]);
    this.view.description = document.uri.path.split('/').pop();
    return [...byEntity].map(([entityId, mentions]) => ({ kind: 'entity', entityId, mentions, uri: document.uri }));
  }

  getTreeItem(node: DocumentNode): vscode.TreeItem {
    const knowledgeBase = this.host.engine.knowledgeBase;
    const entity = knowledgeBase.get(node.entityId);
    if (node.kind === 'entity') {
      const item = new vscode.TreeItem(entity?.name ?? node.entityId, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${node.uri.toString()}#${node.entityId}`;
      item.description = `${node.mentions.length} × · ${entity ? summaryLine(knowledgeBase, entity) : ''}`;
      item.iconPath = new vscode.ThemeIcon(entity ? ICONS[entity.kind] : 'symbol-misc');
      item.tooltip = entity ? `${entity.name}\n${entity.description}` : undefined;
      item.accessibilityInformation = { label: `${entity?.name ?? node.entityId}, mentioned ${node.mentions.length} times` };
      item.contextValue = 'whoswhoEntity';
      return item;
    }
    const { mention } = node;
    const item = new vscode.TreeItem(`Line ${mention.line + 1}`, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.uri.toString()}#${node.entityId}@${mention.start}`;
    item.description = node.lineText.trim().slice(0, 80);
    item.iconPath = new vscode.ThemeIcon('location');
    item.command = { command: 'whoswho.revealMention', title: 'Reveal Mention', arguments: [node.uri, mention.start, mention.end] };
    item.accessibilityInformation = { label: `${mention.text}, line ${mention.line + 1}` };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
