import type { KnowledgeBase } from './knowledgeBase';
import type { Mention } from './mentions';
import { LineIndex } from './lines';

/**
 * Journalistic style names a person in full once, then by surname ("Ma said"). After a full mention,
 * a capitalised surname standing alone refers back to that person; with two people of that surname
 * introduced (two Wangs), to both, ambiguously.
 */
export interface SurnameReference extends Mention {
  /** Every person the surname may mean here, in order of introduction; more than one is ambiguous. */
  candidates: string[];
}

/**
 * Surnames that are also common English words: at the start of a sentence they are the word ("He said").
 * Not "Ma" or "Li": "Ma said" opening a sentence is exactly the reference this feature exists for.
 */
const ALSO_ENGLISH_WORDS = new Set(['He']);
const FOLLOWED_BY_CAPITALISED_WORD = /^[ \t]\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’\-]/u;

export class SurnameResolver {
  private readonly surnameOf = new Map<string, string>();
  private readonly pattern: RegExp | undefined;

  constructor(knowledgeBase: KnowledgeBase) {
    for (const person of knowledgeBase.entities.filter((e) => e.kind === 'person')) {
      const surname = person.name.split(/\s+/)[0];
      if (surname && /^\p{Lu}/u.test(surname) && person.name.includes(' ')) this.surnameOf.set(person.id, surname);
    }
    const surnames = [...new Set(this.surnameOf.values())].sort((a, b) => b.length - a.length);
    if (surnames.length > 0) this.pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’\\-])(?:${surnames.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}\\p{N}'’\\-])`, 'gu');
  }

  /** The surname references of a text, given its full mentions (sorted, as the matcher returns them). */
  resolve(text: string, mentions: readonly Mention[], lines = new LineIndex(text)): SurnameReference[] {
    if (!this.pattern) return [];
    const introduced = new Map<string, string[]>();
    const references: SurnameReference[] = [];
    let next = 0;
    this.pattern.lastIndex = 0;
    for (let match = this.pattern.exec(text); match !== null; match = this.pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      // Introduce everyone named in full up to here; a surname inside a full mention is part of it.
      while (next < mentions.length && mentions[next].start <= start) {
        const surname = this.surnameOf.get(mentions[next].entityId);
        if (surname) {
          const list = introduced.get(surname) ?? [];
          if (!list.includes(mentions[next].entityId)) introduced.set(surname, [...list, mentions[next].entityId]);
        }
        next++;
      }
      if (next > 0 && start < mentions[next - 1].end) continue;
      const candidates = introduced.get(match[0]);
      if (!candidates || candidates.length === 0) continue;
      if (ALSO_ENGLISH_WORDS.has(match[0]) && startsSentence(text, start)) continue;
      // "Wang Yong", "Ying Yung": a surname followed by a given name is somebody's full name, not a reference.
      if (FOLLOWED_BY_CAPITALISED_WORD.test(text.slice(end, end + 3))) continue;
      references.push({ entityId: candidates[0], candidates: [...candidates], start, end, text: match[0], ...lines.positionAt(start) });
    }
    return references;
  }
}

/** Whether an offset begins a sentence: only white space, quotes or brackets since the last full stop, or the start. */
export function startsSentence(text: string, offset: number): boolean {
  for (let index = offset - 1; index >= 0; index--) {
    const char = text[index];
    if (/[\s"“”'‘’(\[*_#>-]/u.test(char)) {
      if (char === '\n' && index > 0 && text[index - 1] === '\n') return true;
      continue;
    }
    return /[.!?:;…]/u.test(char) || WORD_CHAR.test(char) === false;
  }
  return true;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
