import type { KnowledgeBase } from './knowledgeBase';
import type { Entity, Quote } from './model';
import { escapeMarkdown } from './escape';

/** What a card shows, as plain data: the panel renders it as HTML, the hover as Markdown. */
export interface CardData {
  id: string;
  kind: Entity['kind'];
  name: string;
  /** "Person", "Provincial institution", "Event"… */
  kindLabel: string;
  roles: Array<{ title: string; institution?: { id: string; name: string } }>;
  description: string;
  quotes: Quote[];
  parent?: { id: string; name: string };
  children: Array<{ id: string; name: string }>;
  people: Array<{ id: string; name: string }>;
  paragraphs: number[];
}

const CATEGORY_LABELS: Record<string, string> = {
  national: 'National institution',
  provincial: 'Provincial institution',
  municipal: 'Municipal institution',
  district: 'District institution',
  county: 'County institution',
  'development-zone': 'Development-zone institution',
  department: 'Department',
  party: 'Political party',
  legislature: 'Legislature',
  advisory: 'Advisory body',
  university: 'University',
  school: 'School',
  company: 'Company',
  media: 'Media outlet',
};

export function kindLabel(entity: Entity): string {
  if (entity.kind === 'person') return 'Person';
  if (entity.kind === 'event') return 'Event';
  return (entity.category && CATEGORY_LABELS[entity.category]) ?? 'Institution';
}

/** The role line of a person ("Procurator General, Supreme People's Procuratorate"), or the kind of anything else. */
export function summaryLine(knowledgeBase: KnowledgeBase, entity: Entity): string {
  const role = entity.roles?.[0];
  if (!role) return kindLabel(entity);
  const institution = role.institution ? knowledgeBase.get(role.institution)?.name : undefined;
  return institution ? `${role.title}, ${institution}` : role.title;
}

/** "Wang Yongjin, Procurator General of the Guizhou Provincial Procuratorate": how a story first introduces someone. */
export function firstReference(knowledgeBase: KnowledgeBase, entity: Entity): string {
  const role = entity.roles?.[0];
  if (!role) return entity.name;
  const institution = role.institution ? knowledgeBase.get(role.institution)?.name : undefined;
  return institution ? `${entity.name}, ${role.title} of the ${institution}` : `${entity.name}, ${role.title}`;
}

export function cardData(knowledgeBase: KnowledgeBase, entity: Entity): CardData {
  const ref = (other: Entity) => ({ id: other.id, name: other.name });
  const parent = entity.parent ? knowledgeBase.get(entity.parent) : undefined;
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    kindLabel: kindLabel(entity),
    roles: (entity.roles ?? []).map((role) => {
      const institution = role.institution ? knowledgeBase.get(role.institution) : undefined;
      return institution ? { title: role.title, institution: ref(institution) } : { title: role.title };
    }),
    description: entity.description,
    quotes: entity.quotes ?? [],
    parent: parent ? ref(parent) : undefined,
    children: knowledgeBase.children(entity.id).map(ref),
    people: knowledgeBase.people(entity.id).map(ref),
    paragraphs: entity.paragraphs,
  };
}

/** Links a card may carry; the caller makes them (the extension: our own command URIs) or leaves them out. */
export interface CardLinks {
  showInArticle?: (entityId: string, paragraph: number) => string;
  openInPanel?: (entityId: string) => string;
  findMentions?: (entityId: string) => string;
}

/** The card of a surname that two or more introduced people share: each of them, and the warning. */
export function ambiguousCardMarkdown(knowledgeBase: KnowledgeBase, surname: string, entities: Entity[], links: CardLinks = {}): string {
  const lines = [`**${escapeMarkdown(surname)}** · ambiguous: ${entities.length} people with this surname are named above`, ''];
  for (const entity of entities) {
    const open = links.openInPanel ? ` · [Open in panel](${links.openInPanel(entity.id)})` : '';
    lines.push(`- **${escapeMarkdown(entity.name)}**, ${escapeMarkdown(summaryLine(knowledgeBase, entity))}${open}`);
  }
  lines.push('', 'Use the full name to say which one you mean.');
  return lines.join('\n');
}

const QUOTE_LIMIT = 220;

/**
 * The hover card as Markdown: name, role, institution, one quote, where in the article. Every piece of data
 * is escaped; the only links are those the caller's `links` produce.
 */
export function cardMarkdown(knowledgeBase: KnowledgeBase, entity: Entity, links: CardLinks = {}): string {
  const card = cardData(knowledgeBase, entity);
  const lines: string[] = [`**${escapeMarkdown(card.name)}** · ${escapeMarkdown(card.kindLabel)}`];
  for (const role of card.roles) {
    lines.push(`- ${escapeMarkdown(role.institution ? `${role.title}, ${role.institution.name}` : role.title)}`);
  }
  if (card.parent) lines.push(`- Part of ${escapeMarkdown(card.parent.name)}`);
  lines.push('', escapeMarkdown(card.description));
  const quote = card.quotes[0];
  if (quote) {
    const text = quote.text.length > QUOTE_LIMIT ? `${quote.text.slice(0, QUOTE_LIMIT).trimEnd()}…` : quote.text;
    const said = quote.form === 'direct' ? 'said' : 'said (reported)';
    lines.push('', `> “${escapeMarkdown(text)}” — ${said}, ¶${quote.paragraph}`);
  }
  if (card.people.length > 0) lines.push('', `People: ${card.people.map((person) => escapeMarkdown(person.name)).join(', ')}`);
  const where = card.paragraphs.length > 0 ? `In the article: ¶${card.paragraphs.join(', ¶')}` : 'Not in the article';
  const actions = [
    links.showInArticle && card.paragraphs.length > 0 ? `[Show in article](${links.showInArticle(card.id, card.paragraphs[0])})` : undefined,
    links.openInPanel ? `[Open in panel](${links.openInPanel(card.id)})` : undefined,
    links.findMentions ? `[Find mentions](${links.findMentions(card.id)})` : undefined,
  ].filter(Boolean);
  lines.push('', [where, ...actions].join(' · '));
  return lines.join('\n');
}
