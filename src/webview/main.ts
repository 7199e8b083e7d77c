// The panel's front end: search box, grouped list, detail card. Runs the engine's Fuse.js search in the
// webview itself, so results follow each keystroke with no round trip. Every string from data reaches the
// page as a text node, never as HTML.
import { cardData, summaryLine, type CardData } from '../core/card';
import { KnowledgeBase } from '../core/knowledgeBase';
import { groupEntities, highlightSegments } from '../core/listing';
import type { Entity } from '../core/model';
import type { FromPanel, PanelAction, ToPanel } from '../core/panelProtocol';
import { SearchIndex, type SearchHit } from '../core/search';

interface VsCodeApi {
  postMessage(message: FromPanel): void;
  getState(): SavedState | undefined;
  setState(state: SavedState): void;
}
interface SavedState {
  query: string;
  scrollTop: number;
  cardId?: string;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const input = document.getElementById('search') as HTMLInputElement;
const list = document.getElementById('results') as HTMLDivElement;
const status = document.getElementById('status') as HTMLDivElement;
const cardView = document.getElementById('card') as HTMLDivElement;
const listView = document.getElementById('list-view') as HTMLDivElement;

let knowledgeBase: KnowledgeBase | undefined;
let searchIndex: SearchIndex | undefined;
let articleCounts: Record<string, number> = {};
let editorCounts: Record<string, number> = {};
let editorName: string | undefined;
let rows: Array<{ id: string; element: HTMLElement }> = [];
let activeIndex = -1;
let cardId: string | undefined;
const saved = vscode.getState();

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function codicon(name: string): HTMLElement {
  const icon = element('span', `codicon codicon-${name}`);
  icon.setAttribute('aria-hidden', 'true');
  return icon;
}

const KIND_ICONS: Record<Entity['kind'], string> = { person: 'person', institution: 'organization', event: 'calendar' };

function saveState(): void {
  vscode.setState({ query: input.value, scrollTop: list.scrollTop, cardId });
}

function countText(id: string): string {
  const inArticle = articleCounts[id] ?? 0;
  const inEditor = editorCounts[id] ?? 0;
  return editorName ? `${inArticle} in article · ${inEditor} in ${editorName}` : `${inArticle} in article`;
}

function renderRow(entity: Entity, hit?: SearchHit): HTMLElement {
  const row = element('div', 'row');
  row.id = `row-${entity.id}`;
  row.setAttribute('role', 'option');
  row.dataset.id = entity.id;
  row.appendChild(codicon(KIND_ICONS[entity.kind]));
  const text = element('div', 'row-text');
  const name = element('div', 'row-name');
  const nameMatch = hit?.matches.find((match) => match.field === 'name');
  for (const segment of highlightSegments(entity.name, nameMatch?.ranges ?? [])) {
    name.appendChild(segment.highlighted ? element('mark', undefined, segment.text) : document.createTextNode(segment.text));
  }
  text.appendChild(name);
  const summary = summaryLine(knowledgeBase!, entity);
  text.appendChild(element('div', 'row-detail', summary));
  const counts = countText(entity.id);
  text.appendChild(element('div', 'row-counts', counts));
  row.appendChild(text);
  row.setAttribute('aria-label', `${entity.name}, ${summary}, ${counts}`);
  row.addEventListener('click', () => {
    setActive(rows.findIndex((r) => r.id === entity.id));
    openCard(entity.id);
  });
  return row;
}

function renderList(): void {
  if (!knowledgeBase || !searchIndex) return;
  const query = input.value;
  list.replaceChildren();
  rows = [];
  const groupLabels: string[] = [];
  const addRow = (entity: Entity, hit?: SearchHit) => {
    const row = renderRow(entity, hit);
    rows.push({ id: entity.id, element: row });
    list.appendChild(row);
  };
  if (query.trim() === '') {
    for (const group of groupEntities(knowledgeBase)) {
      const label = `${group.label} (${group.entities.length})`;
      groupLabels.push(label);
      const header = element('div', 'group', label);
      header.setAttribute('role', 'presentation');
      list.appendChild(header);
      group.entities.forEach((entity) => addRow(entity));
    }
    status.textContent = `${knowledgeBase.entities.length} people, institutions and events`;
  } else {
    const hits = searchIndex.search(query, 50);
    hits.forEach((hit) => addRow(hit.entity, hit));
    status.textContent = hits.length === 0 ? `No match for “${query}”` : `${hits.length} ${hits.length === 1 ? 'match' : 'matches'}`;
  }
  setActive(rows.length > 0 && query.trim() !== '' ? 0 : -1);
  reportRendered(groupLabels);
}

function setActive(index: number): void {
  rows[activeIndex]?.element.classList.remove('active');
  rows[activeIndex]?.element.setAttribute('aria-selected', 'false');
  activeIndex = index;
  const row = rows[index];
  if (row) {
    row.element.classList.add('active');
    row.element.setAttribute('aria-selected', 'true');
    row.element.scrollIntoView({ block: 'nearest' });
    list.setAttribute('aria-activedescendant', row.element.id);
    input.setAttribute('aria-activedescendant', row.element.id);
  } else {
    list.removeAttribute('aria-activedescendant');
    input.removeAttribute('aria-activedescendant');
  }
}

function reportRendered(groupLabels: string[] = []): void {
  vscode.postMessage({
    type: 'rendered',
    query: input.value,
    rowIds: rows.map((row) => row.id),
    groupLabels,
    cardId,
    activeId: rows[activeIndex]?.id,
  });
}

function action(name: PanelAction, id: string, paragraph?: number): void {
  vscode.postMessage({ type: 'action', action: name, id, paragraph });
}

function button(label: string, icon: string, onClick: () => void): HTMLButtonElement {
  const node = element('button', 'action');
  node.type = 'button';
  node.appendChild(codicon(icon));
  node.appendChild(document.createTextNode(label));
  node.addEventListener('click', onClick);
  return node;
}

function link(target: { id: string; name: string }): HTMLElement {
  const node = element('a', 'entity-link', target.name);
  node.href = '#';
  node.setAttribute('role', 'button');
  node.addEventListener('click', (event) => {
    event.preventDefault();
    openCard(target.id);
  });
  return node;
}

function section(title: string, items: HTMLElement[]): HTMLElement | undefined {
  if (items.length === 0) return undefined;
  const node = element('section');
  node.appendChild(element('h3', undefined, title));
  const ul = element('ul');
  for (const item of items) {
    const li = element('li');
    li.appendChild(item);
    ul.appendChild(li);
  }
  node.appendChild(ul);
  return node;
}

function colleagues(card: CardData): Array<{ id: string; name: string }> {
  const seen = new Map<string, string>();
  for (const role of card.roles) {
    if (!role.institution) continue;
    for (const person of knowledgeBase!.people(role.institution.id)) if (person.id !== card.id) seen.set(person.id, person.name);
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

function openCard(id: string): void {
  const entity = knowledgeBase?.get(id);
  if (!entity) return;
  cardId = id;
  const card = cardData(knowledgeBase!, entity);
  cardView.replaceChildren();
  const back = button('Back to list', 'arrow-left', closeCard);
  back.classList.add('back');
  cardView.appendChild(back);
  const heading = element('h2');
  heading.id = 'card-title';
  heading.appendChild(codicon(KIND_ICONS[entity.kind]));
  heading.appendChild(document.createTextNode(` ${card.name}`));
  cardView.appendChild(heading);
  const kind = element('div', 'kind', `${card.kindLabel} · ${countText(card.id)}`);
  kind.dataset.kindLabel = card.kindLabel;
  cardView.appendChild(kind);
  cardView.appendChild(element('p', 'description', card.description));

  const actions = element('div', 'actions');
  actions.append(
    button('Insert name', 'insert', () => action('insert', id)),
    button('Copy name', 'copy', () => action('copy', id)),
    button('Show in article', 'book', () => action('showInArticle', id, card.paragraphs[0])),
    button('Find mentions', 'references', () => action('findMentions', id)),
  );
  cardView.appendChild(actions);

  const roles = card.roles.map((role) => {
    const span = element('span', undefined, role.institution ? `${role.title}, ` : role.title);
    if (role.institution) span.appendChild(link(role.institution));
    return span;
  });
  const quotes = card.quotes.map((quote) => {
    const block = element('blockquote');
    block.appendChild(element('span', undefined, `“${quote.text}”`));
    const where = element('a', 'paragraph-link', ` ¶${quote.paragraph}${quote.form === 'reported' ? ' (reported speech)' : ''}`);
    where.href = '#';
    where.title = `Show paragraph ${quote.paragraph} in the article`;
    where.addEventListener('click', (event) => {
      event.preventDefault();
      action('showInArticle', id, quote.paragraph);
    });
    block.appendChild(where);
    return block;
  });
  const sections = [
    section('Roles', roles),
    section('Quotes', quotes),
    section(entity.kind === 'person' ? 'Same institution' : 'People', (entity.kind === 'person' ? colleagues(card) : card.people).map(link)),
    section('Part of', card.parent ? [link(card.parent)] : []),
    section('Includes', card.children.map(link)),
    section('In the article', card.paragraphs.length ? [element('span', undefined, card.paragraphs.map((p) => `¶${p}`).join(', '))] : []),
  ];
  for (const node of sections) if (node) cardView.appendChild(node);

  listView.hidden = true;
  cardView.hidden = false;
  cardView.setAttribute('aria-labelledby', 'card-title');
  back.focus();
  saveState();
  reportRendered();
}

function closeCard(): void {
  cardId = undefined;
  cardView.hidden = true;
  listView.hidden = false;
  input.focus();
  saveState();
  reportRendered();
}

input.addEventListener('input', () => {
  renderList();
  saveState();
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    if (rows.length === 0) return;
    const step = event.key === 'ArrowDown' ? 1 : -1;
    setActive(Math.max(0, Math.min(rows.length - 1, activeIndex + step)));
    reportRendered();
  } else if (event.key === 'Enter') {
    // Without this, the Enter that opens the card would also press the card's first button.
    event.preventDefault();
    const row = rows[activeIndex] ?? rows[0];
    if (row) openCard(row.id);
  } else if (event.key === 'Escape' && input.value !== '') {
    event.preventDefault();
    input.value = '';
    renderList();
    saveState();
  }
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && cardId) {
    event.preventDefault();
    closeCard();
  }
});
list.addEventListener('scroll', () => saveState(), { passive: true });

window.addEventListener('message', (event: MessageEvent<ToPanel>) => {
  const message = event.data;
  switch (message.type) {
    case 'init':
      knowledgeBase = new KnowledgeBase(message.knowledgeBase);
      searchIndex = new SearchIndex(knowledgeBase);
      articleCounts = message.articleCounts;
      renderList();
      if (saved?.scrollTop) list.scrollTop = saved.scrollTop;
      if (saved?.cardId && !cardId) openCard(saved.cardId);
      break;
    case 'editorCounts':
      editorCounts = message.counts;
      editorName = message.editorName;
      for (const row of rows) {
        const counts = row.element.querySelector('.row-counts');
        if (counts) counts.textContent = countText(row.id);
      }
      if (cardId) {
        const kind = cardView.querySelector<HTMLElement>('.kind');
        if (kind) kind.textContent = `${kind.dataset.kindLabel} · ${countText(cardId)}`;
      }
      break;
    case 'focusSearch':
      if (cardId) closeCard();
      input.focus();
      input.select();
      break;
    case 'setQuery':
      if (cardId) closeCard();
      input.value = message.query;
      renderList();
      saveState();
      break;
    case 'showEntity':
      openCard(message.id);
      break;
  }
});

input.value = saved?.query ?? '';
input.focus();
vscode.postMessage({ type: 'ready' });
