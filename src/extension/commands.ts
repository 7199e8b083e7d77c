import * as vscode from 'vscode';
import { firstReference, summaryLine } from '../core/card';
import type { Entity } from '../core/model';
import { showArticle, showInArticle } from './articleView';
import type { EditorTracker } from './editorTracker';
import type { EngineHost } from './engineHost';
import type { MentionCache } from './mentionCache';
import type { PanelProvider } from './panel/panelProvider';

const KIND_ICONS: Record<Entity['kind'], string> = { person: '$(person)', institution: '$(organization)', event: '$(calendar)' };

interface EntityItem extends vscode.QuickPickItem {
  entity: Entity;
}

export interface MentionLocation {
  uri: vscode.Uri;
  range: vscode.Range;
  text: string;
}

/** The palette's commands: search, look up, article, toggles, and the actions the panel and hovers call. */
export class Commands implements vscode.Disposable {
  private readonly registrations: vscode.Disposable[];
  /** The open search quick pick, if any: tests read and accept its items. */
  activeSearch: vscode.QuickPick<EntityItem> | undefined;

  constructor(
    private readonly host: EngineHost,
    private readonly cache: MentionCache,
    private readonly editors: EditorTracker,
    private readonly panel: PanelProvider,
  ) {
    const register = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
    this.registrations = [
      register('whoswho.search', (query?: string) => this.search(typeof query === 'string' ? query : '')),
      register('whoswho.lookUp', () => this.lookUp()),
      register('whoswho.showArticle', () => showArticle()),
      register('whoswho.toggleDecorations', () => this.toggleDecorations()),
      register('whoswho.focusSearch', () => this.panel.focusSearch()),
      register('whoswho.showInArticle', (id: string, paragraph?: number) => showInArticle(this.host, id, paragraph)),
      register('whoswho.openInPanel', (id: string) => this.panel.showEntity(id)),
      register('whoswho.findMentions', (id: string) => this.findMentions(id)),
      register('whoswho.insertName', (id: string, form?: 'name' | 'firstReference') => this.insertName(id, form)),
      register('whoswho.copyName', (id: string) => this.copyName(id)),
      register('whoswho.revealMention', (uri: vscode.Uri, start: number, end: number) => this.reveal(uri, start, end)),
    ];
  }

  private entity(id: unknown): Entity | undefined {
    return typeof id === 'string' ? this.host.engine.knowledgeBase.get(id) : undefined;
  }

  private items(query: string): EntityItem[] {
    const { knowledgeBase, search } = this.host.engine;
    const entities = query.trim() === '' ? knowledgeBase.entities : search.search(query, 30).map((hit) => hit.entity);
    return entities.map((entity) => ({
      label: `${KIND_ICONS[entity.kind]} ${entity.name}`,
      description: summaryLine(knowledgeBase, entity),
      detail: entity.paragraphs.length ? `In the article: ¶${entity.paragraphs.join(', ¶')}` : undefined,
      alwaysShow: true,
      entity,
    }));
  }

  /** A quick pick over the engine's Fuse.js search; choosing an entity offers what to do with it. */
  search(initialQuery: string): Promise<Entity | undefined> {
    const pick = vscode.window.createQuickPick<EntityItem>();
    this.activeSearch = pick;
    pick.title = "Who's Who";
    pick.placeholder = 'Search people and institutions: a name, a title, an institution (typos are fine)';
    pick.matchOnDescription = false;
    pick.value = initialQuery;
    pick.items = this.items(initialQuery);
    pick.onDidChangeValue((value) => (pick.items = this.items(value)));
    return new Promise((resolve) => {
      pick.onDidAccept(() => {
        const chosen = pick.selectedItems[0]?.entity;
        pick.hide();
        if (chosen) void this.offerActions(chosen);
        resolve(chosen);
      });
      pick.onDidHide(() => {
        if (this.activeSearch === pick) this.activeSearch = undefined;
        pick.dispose();
        resolve(undefined);
      });
      pick.show();
    });
  }

  private async offerActions(entity: Entity): Promise<void> {
    const canInsert = this.editors.draftEditor !== undefined;
    const actions: Array<vscode.QuickPickItem & { run: () => unknown }> = [
      ...(canInsert ? [{ label: '$(insert) Insert name', description: entity.name, run: () => this.insertName(entity.id) }] : []),
      { label: '$(preview) Show card', description: 'in the Who\'s Who panel', run: () => this.panel.showEntity(entity.id) },
      { label: '$(book) Show in article', description: entity.paragraphs.length ? `¶${entity.paragraphs[0]}` : 'not in the article', run: () => showInArticle(this.host, entity.id) },
      { label: '$(references) Find mentions in open editors', run: () => this.findMentions(entity.id) },
      { label: '$(copy) Copy name', run: () => this.copyName(entity.id) },
    ];
    const chosen = await vscode.window.showQuickPick(actions, { title: entity.name, placeHolder: `What to do with ${entity.name}` });
    await chosen?.run();
  }

  /** Searches for the mention, selection or word under the cursor. */
  private lookUp(): Promise<Entity | undefined> | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const { document, selection } = editor;
    let query = document.getText(selection).trim();
    if (query === '') {
      const mention = this.cache.mentionAt(document, selection.active);
      const word = document.getWordRangeAtPosition(selection.active, /[\p{L}\p{N}'’-]+/u);
      query = mention ? mention.text : word ? document.getText(word) : '';
    }
    return this.search(query.replace(/\s+/g, ' ').slice(0, 200));
  }

  private async toggleDecorations(): Promise<boolean> {
    const config = vscode.workspace.getConfiguration('whoswho');
    const inspected = config.inspect<boolean>('decorations.enabled');
    const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    const enabled = !config.get<boolean>('decorations.enabled', true);
    await config.update('decorations.enabled', enabled, target);
    vscode.window.setStatusBarMessage(`Who's Who: decorations ${enabled ? 'on' : 'off'}`, 3000);
    return enabled;
  }

  /** Every mention of an entity (or of the entities inside it) in the open documents, offered in a quick pick. */
  async findMentions(id: string): Promise<MentionLocation[]> {
    const entity = this.entity(id);
    if (!entity) return [];
    const knowledgeBase = this.host.engine.knowledgeBase;
    const locations: MentionLocation[] = [];
    for (const document of openEditorDocuments()) {
      for (const mention of this.cache.mentions(document).filter((m) => knowledgeBase.isWithin(m.entityId, id))) {
        locations.push({ uri: document.uri, range: new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)), text: mention.text });
      }
    }
    if (locations.length === 0) {
      void vscode.window.showInformationMessage(`Who's Who: no mention of ${entity.name} in the open editors.`);
      return locations;
    }
    const items = locations.map((location) => ({
      label: `$(file) ${vscode.workspace.asRelativePath(location.uri)}:${location.range.start.line + 1}`,
      description: location.text.replace(/\s+/g, ' '),
      location,
    }));
    void vscode.window
      .showQuickPick(items, {
        title: `${locations.length} ${locations.length === 1 ? 'mention' : 'mentions'} of ${entity.name}`,
        onDidSelectItem: (item) => this.reveal((item as (typeof items)[number]).location.uri, undefined, undefined, (item as (typeof items)[number]).location.range, true),
      })
      .then((chosen) => chosen && this.reveal(chosen.location.uri, undefined, undefined, chosen.location.range));
    return locations;
  }

  private async insertName(id: string, form: 'name' | 'firstReference' = 'name'): Promise<boolean> {
    const entity = this.entity(id);
    const editor = this.editors.draftEditor;
    if (!entity) return false;
    if (!editor) {
      void vscode.window.showInformationMessage(`Who's Who: open a draft to insert ${entity.name} into.`);
      return false;
    }
    const text = form === 'firstReference' ? firstReference(this.host.engine.knowledgeBase, entity) : entity.name;
    const inserted = await editor.edit((edit) => editor.selections.forEach((selection) => edit.replace(selection, text)));
    if (inserted) await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    return inserted;
  }

  private async copyName(id: string): Promise<void> {
    const entity = this.entity(id);
    if (!entity) return;
    await vscode.env.clipboard.writeText(entity.name);
    vscode.window.setStatusBarMessage(`$(copy) Copied “${entity.name}”`, 3000);
  }

  private async reveal(uri: vscode.Uri, start?: number, end?: number, range?: vscode.Range, preserveFocus = false): Promise<void> {
    const document = await vscode.workspace.openTextDocument(uri);
    const target = range ?? new vscode.Range(document.positionAt(start ?? 0), document.positionAt(end ?? start ?? 0));
    const editor = await vscode.window.showTextDocument(document, { selection: target, preserveFocus, preview: preserveFocus });
    editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    this.registrations.forEach((registration) => registration.dispose());
  }
}

/** The documents of the editor tabs, in tab order: what the user calls "open editors". */
function openEditorDocuments(): vscode.TextDocument[] {
  const open = new Set(
    vscode.window.tabGroups.all.flatMap((group) => group.tabs).flatMap((tab) => (tab.input instanceof vscode.TabInputText ? [tab.input.uri.toString()] : [])),
  );
  return vscode.workspace.textDocuments.filter((document) => open.has(document.uri.toString()));
}
