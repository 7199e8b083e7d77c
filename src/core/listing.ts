import { kindLabel } from './card';
import type { KnowledgeBase } from './knowledgeBase';
import type { Entity } from './model';

export interface EntityGroup {
  label: string;
  entities: Entity[];
}

/** The full list the panel shows for an empty query: People, then Institutions by kind, then Events. */
export function groupEntities(knowledgeBase: KnowledgeBase): EntityGroup[] {
  const people = knowledgeBase.entities.filter((entity) => entity.kind === 'person');
  const events = knowledgeBase.entities.filter((entity) => entity.kind === 'event');
  const institutionsByKind = new Map<string, Entity[]>();
  for (const entity of knowledgeBase.entities.filter((e) => e.kind === 'institution')) {
    const label = kindLabel(entity);
    institutionsByKind.set(label, [...(institutionsByKind.get(label) ?? []), entity]);
  }
  return [
    { label: 'People', entities: people },
    ...[...institutionsByKind].map(([label, entities]) => ({ label: `Institutions · ${label}`, entities })),
    { label: 'Events', entities: events },
  ].filter((group) => group.entities.length > 0);
}

export interface Segment {
  text: string;
  highlighted: boolean;
}

/** Cuts a value into plain and highlighted pieces, for rendering with text nodes only (no HTML from data). */
export function highlightSegments(value: string, ranges: ReadonlyArray<readonly [number, number]>): Segment[] {
  const sorted = [...ranges].filter(([start, end]) => start < end).sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let position = 0;
  for (const [rawStart, rawEnd] of sorted) {
    const start = Math.max(position, Math.min(rawStart, value.length));
    const end = Math.min(rawEnd, value.length);
    if (end <= start) continue;
    if (start > position) segments.push({ text: value.slice(position, start), highlighted: false });
    segments.push({ text: value.slice(start, end), highlighted: true });
    position = end;
  }
  if (position < value.length) segments.push({ text: value.slice(position), highlighted: false });
  return segments;
}

/** How often each entity is mentioned in a text's mentions. */
export function countMentions(mentions: ReadonlyArray<{ entityId: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { entityId } of mentions) counts[entityId] = (counts[entityId] ?? 0) + 1;
  return counts;
}
