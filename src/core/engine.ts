import { splitParagraphs, type Paragraph } from './article';
import type { KnowledgeBase } from './knowledgeBase';
import { MentionMatcher, type Mention } from './mentions';
import { NearMissChecker } from './nearMiss';
import { SearchIndex } from './search';
import { SurnameResolver, type SurnameReference } from './surnames';

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

  /**
   * Full mentions and surname references of a text, in order. `full` saves the scan where the caller
   * keeps the text's full mentions already (the editor's cache, updated line by line).
   */
  documentMentions(text: string, full: Mention[] = this.matcher.findMentions(text)): Array<Mention | SurnameReference> {
    const surnames = this.surnames.resolve(text, full);
    return surnames.length === 0 ? full : [...full, ...surnames].sort((a, b) => a.start - b.start);
  }

  /** Built on first use: only drafting aids and the linter need it. */
  get nearMisses(): NearMissChecker {
    this.nearMissChecker ??= new NearMissChecker(this);
    return this.nearMissChecker;
  }
}
