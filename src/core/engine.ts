import { splitParagraphs, type Paragraph } from './article';
import type { KnowledgeBase } from './knowledgeBase';
import { MentionMatcher } from './mentions';
import { NearMissChecker } from './nearMiss';
import { SearchIndex } from './search';
import { SurnameResolver } from './surnames';

/** Everything built from one knowledge base, once: the faces (extension, panel, CLI) share it. */
export class Engine {
  readonly search: SearchIndex;
  readonly matcher: MentionMatcher;
  readonly paragraphs: Paragraph[];
  readonly surnames: SurnameResolver;
  private nearMissChecker: NearMissChecker | undefined;

  constructor(
    readonly knowledgeBase: KnowledgeBase,
    /** The article's text, where the knowledge base has one. */
    readonly article = '',
  ) {
    this.search = new SearchIndex(knowledgeBase);
    this.matcher = new MentionMatcher(knowledgeBase);
    this.paragraphs = splitParagraphs(article);
    this.surnames = new SurnameResolver(knowledgeBase);
  }

  /** Built on first use: only drafting aids and the linter need it. */
  get nearMisses(): NearMissChecker {
    this.nearMissChecker ??= new NearMissChecker(this);
    return this.nearMissChecker;
  }
}
