import { splitParagraphs } from './article';
import { editDistance } from './editDistance';
import type { Engine } from './engine';
import { LineIndex } from './lines';
import type { Entity } from './model';
import { maskNonProse } from './prose';
import { nameKeys, POSSESSIVE_KEY, tokenize, type Token } from './tokenize';

/** A word sequence close to a known name but not equal to it, with the names it may have meant. */
export interface NearMiss {
  start: number;
  end: number;
  text: string;
  line: number;
  character: number;
  reason: 'spelling' | 'capitalization' | 'spacing' | 'word order';
  /** Best first. */
  candidates: Array<{ entityId: string; name: string }>;
}

/** A near miss inside one paragraph, offsets relative to it; cached by the paragraph's text. */
type ParagraphMiss = Pick<NearMiss, 'start' | 'end' | 'reason' | 'candidates'>;

interface NameForm {
  entity: Entity;
  name: string;
  keys: string[];
  compact: string;
  /** The name's words without connectors ("of", "the"…), sorted: for word-order slips in institution names. */
  contentKeys: string[];
}

/** Small words that may stand inside an institution's name between capitalised words. */
const CONNECTORS = new Set(['of', 'the', 'and', 'in', 'for', POSSESSIVE_KEY]);

/** How many edits a name of this compact length tolerates: none for short names, then about one in eight letters. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 9) return 1;
  if (length < 16) return 2;
  return 3;
}

const compactOf = (keys: readonly string[]) => keys.join('').replace(/'/g, '');

/**
 * Finds misspelled names: capitalised word sequences that are near a name or alias of the knowledge base
 * but not equal to it. Rules keep ordinary prose quiet: the sequence must look like a name (capitalised
 * words), be within a few edits relative to the name's length, and keep the first letter of each word.
 * Candidates come from comparing with every name form directly (a length check and a bounded edit
 * distance): asking Fuse.js for each phrase cost about 9 ms a phrase, 30 times slower on the article.
 */
export class NearMissChecker {
  private readonly forms: NameForm[] = [];
  private readonly formsByEntity = new Map<string, NameForm[]>();
  private readonly minLength: number;
  private readonly maxLength: number;
  private readonly firstLetters = new Set<string>();
  /** Every word of every name, by first letter: a cheap test of whether a word could belong to a name. */
  private readonly nameWords = new Map<string, Set<string>>();
  private readonly nearNameWord = new Map<string, boolean>();
  private readonly paragraphCache = new Map<string, ParagraphMiss[]>();

  constructor(private readonly engine: Engine) {
    for (const entity of engine.knowledgeBase.entities) {
      for (const name of [entity.name, ...entity.aliases]) {
        const keys = nameKeys(name);
        if (keys.length === 0) continue;
        const form = { entity, name, keys, compact: compactOf(keys), contentKeys: keys.filter((k) => !CONNECTORS.has(k)).sort() };
        this.forms.push(form);
        this.formsByEntity.set(entity.id, [...(this.formsByEntity.get(entity.id) ?? []), form]);
        this.firstLetters.add(form.compact[0]);
        for (const key of form.contentKeys) {
          if (!this.nameWords.has(key[0])) this.nameWords.set(key[0], new Set());
          this.nameWords.get(key[0])!.add(key);
        }
      }
    }
    const lengths = this.forms.map((form) => form.compact.length);
    this.minLength = Math.min(...lengths) - 1;
    this.maxLength = Math.max(...lengths) + 3;
  }

  check(text: string, languageId = 'plaintext'): NearMiss[] {
    const prose = maskNonProse(text, languageId);
    const lines = new LineIndex(text);
    const found: NearMiss[] = [];
    // Paragraph by paragraph, remembering each paragraph's result: an edit re-checks only its paragraph.
    for (const paragraph of splitParagraphs(prose)) {
      const block = prose.slice(paragraph.start, paragraph.end);
      let misses = this.paragraphCache.get(block);
      if (!misses) {
        misses = this.checkParagraph(block);
        if (this.paragraphCache.size > 4000) this.paragraphCache.clear();
        this.paragraphCache.set(block, misses);
      }
      for (const miss of misses) {
        const start = paragraph.start + miss.start;
        const end = paragraph.start + miss.end;
        found.push({ start, end, text: text.slice(start, end), ...lines.positionAt(start), reason: miss.reason, candidates: miss.candidates });
      }
    }
    return found;
  }

  private checkParagraph(prose: string): ParagraphMiss[] {
    const mentions = this.engine.matcher.findMentions(prose);
    const found: ParagraphMiss[] = [];
    const make = (start: number, end: number, reason: NearMiss['reason'], forms: NameForm[]): ParagraphMiss => ({
      start,
      end,
      reason,
      candidates: forms.map((form) => ({ entityId: form.entity.id, name: form.entity.name })),
    });

    // Exact matches written the wrong way: "Ying yong", "YingYong".
    for (const mention of mentions) {
      const reason = this.styleProblem(mention.text, mention.entityId);
      if (reason) found.push(make(mention.start, mention.end, reason, [this.formsByEntity.get(mention.entityId)![0]]));
    }

    const tokens = tokenize(prose);
    const covered = new Uint8Array(tokens.length);
    let mentionIndex = 0;
    tokens.forEach((token, index) => {
      while (mentionIndex < mentions.length && mentions[mentionIndex].end <= token.start) mentionIndex++;
      const mention = mentions[mentionIndex];
      if (mention && token.start >= mention.start && token.end <= mention.end) covered[index] = 1;
    });

    const candidates: Array<{ first: number; last: number; miss: ParagraphMiss; quality: number }> = [];
    for (const [first, last] of this.phrases(tokens, covered)) {
      for (let a = first; a <= last; a++) {
        if (!tokens[a].capitalized) continue;
        for (let b = a; b <= last && b - a < this.engine.matcher.longestName + 1; b++) {
          if (!tokens[b].capitalized) continue;
          const window = tokens.slice(a, b + 1);
          const verdict = this.judge(window);
          if (!verdict) continue;
          candidates.push({ first: a, last: b, miss: make(window[0].start, window[window.length - 1].end, verdict.reason, verdict.forms), quality: verdict.quality });
        }
      }
    }
    // Longest windows first (a whole institution name beats a part of it), then the closest.
    candidates.sort((x, y) => y.last - y.first - (x.last - x.first) || x.quality - y.quality);
    const taken = new Uint8Array(tokens.length);
    for (const candidate of candidates) {
      let free = true;
      for (let i = candidate.first; i <= candidate.last && free; i++) free = taken[i] === 0;
      if (!free) continue;
      taken.fill(1, candidate.first, candidate.last + 1);
      found.push(candidate.miss);
    }
    return found.sort((x, y) => x.start - y.start);
  }

  /** A correct name written with the wrong capitals, or glued together. ALL CAPS (headlines) is fine. */
  private styleProblem(written: string, entityId: string): NearMiss['reason'] | undefined {
    const entity = this.engine.knowledgeBase.get(entityId);
    if (!entity || entity.kind === 'event') return undefined;
    const flat = written.replace(/\s+/g, ' ').replace(/\u2019/g, "'");
    const forms = this.formsByEntity.get(entityId) ?? [];
    if (forms.some((form) => form.name.replace(/\u2019/g, "'") === flat)) return undefined;
    const spaces = (value: string) => (value.match(/ /g) ?? []).length;
    const sameLetters = forms.find((form) => form.name.toLowerCase().replace(/\u2019/g, "'").replace(/ /g, '') === flat.toLowerCase().replace(/ /g, ''));
    if (sameLetters && spaces(flat) < spaces(sameLetters.name)) return 'spacing';
    if (flat === flat.toUpperCase()) return undefined;
    return entity.kind === 'person' && sameLetters ? 'capitalization' : undefined;
  }

  /** Runs of capitalised words, with connectors between them, that no exact mention covers. */
  private *phrases(tokens: readonly Token[], covered: Uint8Array): Generator<[number, number]> {
    let start = -1;
    let lastCapital = -1;
    const close = function* (): Generator<[number, number]> {
      if (start >= 0 && lastCapital >= start) yield [start, lastCapital];
      start = -1;
      lastCapital = -1;
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const continues = start >= 0 && token.joinsPrevious;
      if (covered[i] || (!token.capitalized && !(continues && CONNECTORS.has(token.key)))) {
        yield* close();
        continue;
      }
      if (!continues) {
        yield* close();
        if (!token.capitalized) continue;
        start = i;
      }
      if (token.capitalized) lastCapital = i;
    }
    yield* close();
  }

  private judge(window: readonly Token[]): { reason: NearMiss['reason']; forms: NameForm[]; quality: number } | undefined {
    const keys = window.map((token) => token.key);
    const compact = compactOf(keys);
    if (compact.length < this.minLength || compact.length > this.maxLength) return undefined;
    // Most capitalised words in prose (sentence starts, other names) share no word with any name.
    const content = keys.filter((key) => !CONNECTORS.has(key));
    if (content.length < 2 && !this.firstLetters.has(compact[0])) return undefined;
    if (content.length > 1 && content.filter((key) => this.isNearNameWord(key)).length * 2 < content.length) return undefined;
    if (content.length === 1 && compact.length < this.minLength + 2) return undefined;
    let matches: Array<{ form: NameForm; quality: number; reason: NearMiss['reason'] }> = [];
    for (const form of this.forms) {
      const verdict = this.compare(keys, compact, window, form);
      if (verdict) matches.push({ form, ...verdict });
    }
    if (matches.length === 0) return undefined;
    matches = matches.sort((x, y) => x.quality - y.quality);
    const forms = [...new Map(matches.map((m) => [m.form.entity.id, m.form])).values()];
    return { reason: matches[0].reason, forms, quality: matches[0].quality };
  }

  private isNearNameWord(key: string): boolean {
    let near = this.nearNameWord.get(key);
    if (near === undefined) {
      const limit = allowedEdits(key.length + 2);
      near = [...(this.nameWords.get(key[0]) ?? [])].some((word) => editDistance(key, word, limit) <= limit);
      if (this.nearNameWord.size > 20000) this.nearNameWord.clear();
      this.nearNameWord.set(key, near);
    }
    return near;
  }

  private compare(keys: string[], compact: string, window: readonly Token[], form: NameForm): { quality: number; reason: NearMiss['reason'] } | undefined {
    if (form.entity.kind === 'person' && keys.some((key) => CONNECTORS.has(key))) return undefined;
    const allowed = allowedEdits(form.compact.length);
    const distance = Math.abs(compact.length - form.compact.length) > allowed ? allowed + 1 : editDistance(compact, form.compact, allowed);
    if (distance <= allowed) {
      if (distance === 0 && keys.length === form.keys.length) return undefined; // the name itself
      const sameFirstLetters =
        keys.length === form.keys.length ? keys.every((key, i) => key[0] === form.keys[i][0]) : compact[0] === form.compact[0];
      if (!sameFirstLetters) return undefined;
      // A person's name is a few short syllables: one slip per word ("Liu Yang" is somebody else than Liu Yaling).
      if (form.entity.kind === 'person' && keys.length === form.keys.length && !keys.every((key, i) => wordWithinReach(key, form.keys[i]))) return undefined;
      // A lone capitalised word must be long to count: short words are too often ordinary ones.
      if (window.length === 1 && (compact.length < 6 || (distance > 0 && form.keys.length > 1))) return undefined;
      return { quality: distance / form.compact.length, reason: distance === 0 ? 'spacing' : 'spelling' };
    }
    if (form.entity.kind === 'person' || form.contentKeys.length < 2) return undefined;
    // Institution names with their words in another order: "Inner Mongolia Autonomous Region Procuratorate".
    const content = keys.filter((key) => !CONNECTORS.has(key)).sort();
    if (content.length !== form.contentKeys.length) return undefined;
    const orderDistance = bagDistance(content, form.contentKeys, allowed);
    if (orderDistance > allowed) return undefined;
    return { quality: (orderDistance + 1) / form.compact.length, reason: orderDistance === 0 ? 'word order' : 'spelling' };
  }
}

function wordWithinReach(word: string, nameWord: string): boolean {
  const reach = Math.min(word.length, nameWord.length) >= 6 ? 2 : 1;
  return editDistance(word, nameWord, reach) <= reach;
}

/** The edits needed to turn one bag of words into the other, pairing each word with its nearest partner. */
function bagDistance(words: string[], target: string[], limit: number): number {
  const remaining = [...target];
  let total = 0;
  for (const word of words) {
    let best = -1;
    let bestDistance = Infinity;
    remaining.forEach((candidate, index) => {
      if (candidate[0] !== word[0]) return;
      const distance = editDistance(word, candidate, limit);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = index;
      }
    });
    if (best < 0) return limit + 1;
    total += bestDistance;
    if (total > limit) return total;
    remaining.splice(best, 1);
  }
  return total;
}
