import type { KnowledgeBase } from './knowledgeBase';
import { LineIndex } from './lines';
import { nameKeys, tokenize, type Token } from './tokenize';

/** One mention of an entity in a text. Offsets are UTF-16 code units; line and character are 0-based. */
export interface Mention {
  entityId: string;
  start: number;
  end: number;
  /** The mention as the text writes it. */
  text: string;
  line: number;
  character: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entities whose name or alias ends here, knowledge-base order. */
  entityIds: string[];
}

const newNode = (): TrieNode => ({ next: new Map(), entityIds: [] });

/**
 * Finds every mention of every name and alias in one pass over a text's words: a trie of names keyed by
 * word, walked from each word, the longest name winning. The work per word is bounded by the longest
 * name, not by how many names there are.
 */
export class MentionMatcher {
  private readonly root = newNode();
  /** The longest name, in words: how far a walk can go. */
  readonly longestName: number;

  constructor(knowledgeBase: KnowledgeBase) {
    let longest = 0;
    for (const entity of knowledgeBase.entities) {
      for (const name of [entity.name, ...entity.aliases]) {
        const keys = nameKeys(name);
        if (keys.length === 0) continue;
        longest = Math.max(longest, keys.length);
        let node = this.root;
        for (const key of keys) {
          let child = node.next.get(key);
          if (!child) node.next.set(key, (child = newNode()));
          node = child;
        }
        if (!node.entityIds.includes(entity.id)) node.entityIds.push(entity.id);
      }
    }
    this.longestName = longest;
  }

  /** Every mention in the text, in order, none overlapping. */
  findMentions(text: string): Mention[] {
    return this.findMentionsInRange(text, 0, text.length, new LineIndex(text));
  }

  /**
   * The mentions that start within [from, to) of the text, for re-scanning the lines an edit touched.
   * The caller widens the range to whole lines; a name may run on past `to`.
   */
  findMentionsInRange(text: string, from: number, to: number, lines = new LineIndex(text)): Mention[] {
    const windowEnd = Math.min(text.length, to + 400);
    const slice = text.slice(from, windowEnd);
    const tokens = tokenize(slice);
    const mentions: Mention[] = [];
    for (let index = 0; index < tokens.length; ) {
      const match = this.longestMatchAt(tokens, index);
      if (!match || from + tokens[index].start >= to) {
        index++;
        continue;
      }
      const start = from + tokens[index].start;
      const end = from + tokens[match.lastToken].end;
      mentions.push({ entityId: match.entityId, start, end, text: text.slice(start, end), ...lines.positionAt(start) });
      index = match.lastToken + 1;
    }
    return mentions;
  }

  private longestMatchAt(tokens: readonly Token[], first: number): { entityId: string; lastToken: number } | undefined {
    let node = this.root.next.get(tokens[first].key);
    let best: { entityId: string; lastToken: number } | undefined;
    for (let index = first; node; ) {
      if (node.entityIds.length > 0) best = { entityId: node.entityIds[0], lastToken: index };
      index++;
      if (index >= tokens.length || !tokens[index].joinsPrevious) break;
      node = node.next.get(tokens[index].key);
    }
    return best;
  }
}
