import { firstReference, summaryLine } from './card';
import type { Engine } from './engine';
import type { KnowledgeBase } from './knowledgeBase';
import { normalizeText } from './normalize';
import type { SearchHit } from './search';
import type { Entity } from './model';

export interface CompletionCandidate {
  entity: Entity;
  /** What accepting inserts, over the last `replaceLength` characters before the cursor. */
  insertText: string;
  replaceLength: number;
  label: string;
  detail: string;
  /** The first-reference form ("Name, Title of the Institution"), a second item for people. */
  form: 'name' | 'firstReference';
}

/** A Fuse.js score under which two capitalised words with a slip in them are taken as the name being typed. */
const SLIPPED_PHRASE_SCORE = 0.6;

const capitalised = (word: string) => /^\p{Lu}/u.test(word);

/** Up to three words before the cursor that could be the start of a name: "Wang Yo", "Supreme Peo". */
const TRAILING_WORDS = /((?:[\p{L}\p{N}'’-]+ ){0,3}[\p{L}\p{N}'’-]*)$/u;

/**
 * What to complete at the end of `linePrefix`: the typed start of a name, an alias or a title, and the
 * entities to offer, ranked by the engine. Typed, completion starts only on two or more letters opening
 * a capitalised word, so ordinary words stay quiet; asked for explicitly (Ctrl+Space), it always answers.
 */
export function completionsAt(engine: Engine, linePrefix: string, explicit: boolean): { candidates: CompletionCandidate[] } | undefined {
  const trailing = TRAILING_WORDS.exec(linePrefix)?.[1] ?? '';
  const lastWord = trailing.split(' ').pop() ?? '';
  if (!explicit && (lastWord.length < 2 || !capitalised(lastWord))) return undefined;
  // Which words before the cursor are the name being typed: the longest run whose words before the last
  // already begin the best match ("Then Zhao Yi" → "Zhao Yi"); else a two-word name with a slip in it
  // ("Zhaoo Yij"); else the last word ("Photojour").
  const words = trailing.split(' ');
  let typed = lastWord;
  let hits = typed === '' ? [] : engine.search.search(typed, 12);
  let chosen = false;
  for (let count = words.length; count > 1 && !chosen; count--) {
    const phrase = words.slice(words.length - count).join(' ');
    if (!capitalised(phrase)) continue;
    const phraseHits = searchStart(engine, phrase);
    if (phraseHits.length > 0 && completeFrom(phrase, phraseHits[0].entity.name).replaceLength < phrase.length) {
      [typed, hits, chosen] = [phrase, phraseHits, true];
    }
  }
  if (!chosen && words.length > 1 && capitalised(words[words.length - 2])) {
    const phrase = words.slice(-2).join(' ');
    const phraseHits = engine.search.search(phrase, 12);
    if (phraseHits.length > 0 && phraseHits[0].score <= SLIPPED_PHRASE_SCORE) [typed, hits] = [phrase, phraseHits];
  }
  const entities = typed.trim() === '' ? engine.knowledgeBase.entities.slice(0, 50) : hits.map((hit) => hit.entity);
  const candidates: CompletionCandidate[] = [];
  const add = (entity: Entity, text: string, label: string, detail: string, form: CompletionCandidate['form']) =>
    candidates.push({ entity, label, detail, form, ...completeFrom(typed, text) });
  for (const entity of entities) {
    add(entity, entity.name, entity.name, summaryLine(engine.knowledgeBase, entity), 'name');
    if (entity.kind === 'person' && entity.roles?.length) {
      const full = firstReference(engine.knowledgeBase, entity);
      if (full !== entity.name) add(entity, full, full, 'first reference', 'firstReference');
    }
  }
  // Names that continue what was typed beat those found another way (by title, say): show only them then.
  const continuing = candidates.filter((candidate) => candidate.replaceLength < typed.length);
  return { candidates: continuing.length > 0 ? continuing : candidates };
}

/**
 * The search for the start of a name. A last word of one letter ("Zhao Y") is too short for the search
 * itself: the words before it are searched, keeping the names that go on with that letter.
 */
function searchStart(engine: Engine, phrase: string): SearchHit[] {
  const hits = engine.search.search(phrase, 12);
  const words = phrase.split(' ');
  if (hits.length > 0 || words.length < 2 || words[words.length - 1].length !== 1) return hits;
  const start = normalizeText(phrase);
  return engine.search.search(words.slice(0, -1).join(' '), 12).filter((hit) => normalizeText(hit.entity.name).startsWith(start));
}

/**
 * What to replace for a completion: where the words typed before the current one already begin the name
 * ("Zhao" of "Zhao Yi"), only the current word, with the rest of the name. Editors filter and replace best
 * within one word; a slip or a title ("Zhaoo Yi", "Photojour") replaces all that was typed.
 */
function completeFrom(typed: string, text: string): { insertText: string; replaceLength: number } {
  const typedWords = typed.split(' ');
  const textWords = text.split(' ');
  const before = typedWords.slice(0, -1);
  const aligned = before.length > 0 && before.every((word, index) => normalizeText(word) === normalizeText(textWords[index] ?? ''));
  return aligned
    ? { insertText: textWords.slice(before.length).join(' '), replaceLength: typedWords[typedWords.length - 1].length }
    : { insertText: text, replaceLength: typed.length };
}

/**
 * Whether the words before the cursor are the start of a known name, alias or title ("Zhao Yi", "Supreme
 * Peo"): at least three letters, from a capitalised word on. Where an editor shows no suggestions as one
 * types (Markdown), this says when to ask for them, and nothing else does.
 */
export class NamePrefixes {
  private readonly names: string[];

  constructor(knowledgeBase: KnowledgeBase) {
    const all = knowledgeBase.entities.flatMap((entity) => [entity.name, ...entity.aliases, ...(entity.roles ?? []).map((role) => role.title)]);
    this.names = [...new Set(all.map(normalizeText))];
  }

  isTypingName(linePrefix: string): boolean {
    const words = (TRAILING_WORDS.exec(linePrefix)?.[1] ?? '').split(' ');
    if (words[words.length - 1] === '') return false;
    for (let first = 0; first < words.length; first++) {
      if (!capitalised(words[first])) continue;
      const typed = normalizeText(words.slice(first).join(' '));
      if (typed.replace(/ /g, '').length >= 3 && this.names.some((name) => name.startsWith(typed))) return true;
    }
    return false;
  }
}
