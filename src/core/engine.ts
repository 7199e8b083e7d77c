import { splitParagraphs, type Paragraph } from './article';
import type { KnowledgeBase } from './knowledgeBase';
import { MentionMatcher } from './mentions';
import { SearchIndex } from './search';

/** Everything built from one knowledge base, once: the faces (extension, panel, CLI) share it. */
export class Engine {
  readonly search: SearchIndex;
  readonly matcher: MentionMatcher;
  readonly paragraphs: Paragraph[];

  constructor(
    readonly knowledgeBase: KnowledgeBase,
    /** The article's text, where the knowledge base has one. */
    readonly article = '',
  ) {
    this.search = new SearchIndex(knowledgeBase);
    this.matcher = new MentionMatcher(knowledgeBase);
    this.paragraphs = splitParagraphs(article);
  }
}
