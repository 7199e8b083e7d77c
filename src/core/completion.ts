import { firstReference, summaryLine } from './card';
import type { Engine } from './engine';
import type { Entity } from './model';

export interface CompletionCandidate {
  entity: Entity;
  /** What accepting inserts. */
  insertText: string;
  label: string;
  detail: string;
  /** The first-reference form ("Name, Title of the Institution"), a second item for people. */
  form: 'name' | 'firstReference';
}

/** A Fuse.js score under which a multi-word phrase is taken as the name being typed. */
const GOOD_PHRASE_SCORE = 0.35;

/** Up to three words before the cursor that could be the start of a name: "Wang Yo", "Supreme Peo". */
const TRAILING_WORDS = /((?:[\p{L}\p{N}'’-]+ ){0,3}[\p{L}\p{N}'’-]*)$/u;

/**
 * What to complete at the end of `linePrefix`: the typed start of a name, an alias or a title, and the
 * entities to offer, ranked by the engine. Typed, completion starts only on two or more letters opening
 * a capitalised word, so ordinary words stay quiet; asked for explicitly (Ctrl+Space), it always answers.
 */
export function completionsAt(engine: Engine, linePrefix: string, explicit: boolean): { replaceLength: number; candidates: CompletionCandidate[] } | undefined {
  const trailing = TRAILING_WORDS.exec(linePrefix)?.[1] ?? '';
  const lastWord = trailing.split(' ').pop() ?? '';
  if (!explicit && (lastWord.length < 2 || !/^\p{Lu}/u.test(lastWord))) return undefined;
  // The longest run of words before the cursor that reads as the start of a name wins ("Wang Yo" over "Yo");
  // "Yesterday Wang Yo" falls back to "Wang Yo" because nothing is named "Yesterday Wang…".
  const words = trailing.split(' ');
  let typed = lastWord;
  let hits = typed === '' ? [] : engine.search.search(typed, 12);
  for (let count = words.length; count > 1; count--) {
    const phrase = words.slice(words.length - count).join(' ');
    const phraseHits = engine.search.search(phrase, 12);
    if (phraseHits.length > 0 && phraseHits[0].score <= GOOD_PHRASE_SCORE) {
      typed = phrase;
      hits = phraseHits;
      break;
    }
  }
  const entities = typed.trim() === '' ? engine.knowledgeBase.entities.slice(0, 50) : hits.map((hit) => hit.entity);
  const candidates: CompletionCandidate[] = [];
  for (const entity of entities) {
    const detail = summaryLine(engine.knowledgeBase, entity);
    candidates.push({ entity, insertText: entity.name, label: entity.name, detail, form: 'name' });
    if (entity.kind === 'person' && entity.roles?.length) {
      const full = firstReference(engine.knowledgeBase, entity);
      if (full !== entity.name) candidates.push({ entity, insertText: full, label: full, detail: 'first reference', form: 'firstReference' });
    }
  }
  return { replaceLength: typed.length, candidates };
}
