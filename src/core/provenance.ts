import { paragraphAt, splitParagraphs } from './article';
import type { KnowledgeBase } from './knowledgeBase';
import type { MentionMatcher } from './mentions';

/**
 * The paragraphs of an article where each entity appears: its own mentions, and those of the entities
 * nested in it (the Jiangxi procuratorate appears inside "Political Department of the Jiangxi Provincial
 * Procuratorate"). Used to check, and to author, the knowledge base's `paragraphs`.
 */
export function paragraphsByEntity(knowledgeBase: KnowledgeBase, matcher: MentionMatcher, article: string): Map<string, number[]> {
  const paragraphs = splitParagraphs(article);
  const found = new Map<string, Set<number>>(knowledgeBase.entities.map((entity) => [entity.id, new Set<number>()]));
  for (const mention of matcher.findMentions(article)) {
    const number = paragraphAt(paragraphs, mention.start)?.number;
    if (number === undefined) continue;
    for (const entity of [knowledgeBase.get(mention.entityId), ...knowledgeBase.ancestors(mention.entityId)]) {
      if (entity) found.get(entity.id)?.add(number);
    }
  }
  return new Map([...found].map(([id, numbers]) => [id, [...numbers].sort((a, b) => a - b)]));
}
