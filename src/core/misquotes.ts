import type { KnowledgeBase } from './knowledgeBase';
import { LineIndex } from './lines';
import type { Mention } from './mentions';

/** A quotation in a draft, near a person, that is close to one of their quotes in the article but not the same. */
export interface Misquote {
  /** The quoted words in the draft (inside the quotation marks). */
  start: number;
  end: number;
  text: string;
  line: number;
  character: number;
  entityId: string;
  /** The article's wording for the same words: what the quick fix restores. */
  articleText: string;
  paragraph: number;
}

interface Word {
  key: string;
  start: number;
  end: number;
}

const QUOTATION = /“([^”]{12,2000}?)”|"([^"\n]{12,2000}?)"/g;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const MAX_WORDS = 160;

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({ key: match[0].toLowerCase().replace(/’/g, "'"), start: match.index, end: match.index + match[0].length }));
}

/** Word-level edit distance, giving up past `limit`. */
function wordDistance(a: readonly Word[], b: readonly Word[], limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1].key === b[j - 1].key ? 0 : 1));
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Paragraph bounds around an offset: blank lines separate paragraphs. */
function paragraphAround(text: string, offset: number): [number, number] {
  const before = text.lastIndexOf('\n\n', offset);
  const after = text.indexOf('\n\n', offset);
  return [before < 0 ? 0 : before + 2, after < 0 ? text.length : after];
}

/**
 * Finds quotations ("…" or “…”) in the paragraph of a person's mention that differ from what that person
 * said in the article by a word or a few (changed, dropped or added). An exact quote, or a quote with no
 * close match, gives nothing. A quote may be a fragment of a longer one in the article.
 */
export function findMisquotes(knowledgeBase: KnowledgeBase, text: string, mentions: readonly Mention[]): Misquote[] {
  const found: Misquote[] = [];
  const lines = new LineIndex(text);
  QUOTATION.lastIndex = 0;
  for (let match = QUOTATION.exec(text); match !== null; match = QUOTATION.exec(text)) {
    const inner = match[1] ?? match[2];
    const innerStart = match.index + 1;
    if (inner.includes('\n\n')) continue;
    const draftWords = words(inner);
    if (draftWords.length < 4 || draftWords.length > MAX_WORDS) continue;
    const [from, to] = paragraphAround(text, match.index);
    const people = [...new Set(mentions.filter((m) => m.start >= from && m.end <= to).map((m) => m.entityId))]
      .map((id) => knowledgeBase.get(id))
      .filter((entity) => entity?.kind === 'person' && (entity.quotes?.length ?? 0) > 0);
    const limit = Math.max(1, Math.floor(draftWords.length / 5));
    let best: { distance: number; misquote?: Misquote } = { distance: limit + 1 };
    for (const person of people) {
      for (const quote of person!.quotes ?? []) {
        const articleWords = words(quote.text);
        for (let length = Math.max(1, draftWords.length - limit); length <= draftWords.length + limit; length++) {
          for (let first = 0; first + length <= articleWords.length; first++) {
            const window = articleWords.slice(first, first + length);
            const distance = wordDistance(draftWords, window, Math.min(limit, best.distance));
            if (distance >= best.distance) continue;
            const draftStart = innerStart + draftWords[0].start;
            const draftSpan: [number, number] = [draftStart, balancedEnd(text, draftStart, innerStart + draftWords[draftWords.length - 1].end)];
            best = {
              distance,
              misquote:
                distance === 0
                  ? undefined
                  : {
                      start: draftSpan[0],
                      end: draftSpan[1],
                      text: text.slice(draftSpan[0], draftSpan[1]),
                      ...lines.positionAt(draftSpan[0]),
                      entityId: person!.id,
                      articleText: quote.text.slice(window[0].start, balancedEnd(quote.text, window[0].start, window[window.length - 1].end)),
                      paragraph: quote.paragraph,
                    },
            };
            if (distance === 0) break;
          }
          if (best.distance === 0) break;
        }
        if (best.distance === 0) break;
      }
      if (best.distance === 0) break;
    }
    if (best.misquote) found.push(best.misquote);
  }
  return found;
}

/** Where a span of words ends once it includes the closing mark of a quotation it opens ("'muscle memory'"). */
function balancedEnd(text: string, start: number, end: number): number {
  const slice = text.slice(start, end);
  const opens = (slice.match(/(?<![\p{L}])['‘]/gu) ?? []).length;
  const closes = (slice.match(/['’](?![\p{L}])/gu) ?? []).length;
  return opens > closes && (text[end] === "'" || text[end] === '’') ? end + 1 : end;
}
