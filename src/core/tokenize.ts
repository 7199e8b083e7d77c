import { wordKey } from './normalize';

/**
 * A word of a text, as the mention matcher sees it. Offsets are UTF-16 code units, as in a JS string.
 * `joinsPrevious` says whether this word may continue a name begun by the word before it: only
 * white space (one line break at most), quotes, hyphens and Markdown emphasis may stand between them.
 */
export interface Token {
  key: string;
  start: number;
  end: number;
  joinsPrevious: boolean;
  /** The word starts with a capital letter in the text. */
  capitalized: boolean;
}

/** Letters, digits and marks, with apostrophes and hyphens allowed inside a word. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02BC\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;
/** What may stand between two words of one name. */
const JOINING_GAP = /^[\s"'\u201C\u201D\u2018\u2019*_\-\u2010\u2011\u2013]*$/u;
const LOWER_THEN_UPPER = /(?<=\p{Ll})(?=\p{Lu})/u;
const PLAIN_ASCII_WORD = /^[A-Za-z0-9]+$/;
const HAS_INNER_CAPITAL = /.\p{Lu}/u;
const APOSTROPHE_CODES = new Set([0x27, 0x2019, 0x02bc]);

// Char-code checks below keep the per-word cost low: the matcher runs on every keystroke's lines.
function isPossessiveEnding(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return (last === 0x73 || last === 0x53) && APOSTROPHE_CODES.has(word.charCodeAt(word.length - 2));
}

function hasInnerCapital(word: string): boolean {
  for (let index = 1; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 0x41 && code <= 0x5a) return true;
    if (code > 0x7f) return HAS_INNER_CAPITAL.test(word);
  }
  return false;
}

function isCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** The key of a word; plain ASCII words, nearly all of them, skip the full Unicode folding. */
function keyOf(piece: string): string {
  return PLAIN_ASCII_WORD.test(piece) ? piece.toLowerCase() : wordKey(piece);
}

export const POSSESSIVE_KEY = "'s";

/**
 * Splits a text into the words names are made of. Two traps of real copy are handled here, so that
 * names in the knowledge base and in the text are cut the same way:
 * - a word glued to the next one ("practiceHua") is cut where a lower-case letter meets a capital;
 * - a possessive ("Procuratorate's", "People's") becomes its own word "'s".
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const word = match[0];
    const wordStart = match.index;
    const possessive = word.length > 2 && isPossessiveEnding(word);
    const body = possessive ? word.slice(0, -2) : word;
    let pieceStart = wordStart;
    for (const piece of hasInnerCapital(body) ? body.split(LOWER_THEN_UPPER) : [body]) {
      pushToken(piece, pieceStart);
      pieceStart += piece.length;
    }
    if (possessive) {
      tokens.push({ key: POSSESSIVE_KEY, start: pieceStart, end: pieceStart + 2, joinsPrevious: true, capitalized: false });
      previousEnd = pieceStart + 2;
    }
  }
  return tokens;

  function pushToken(piece: string, start: number): void {
    const joinsPrevious = previousEnd >= 0 && isJoiningGap(text, previousEnd, start);
    tokens.push({ key: keyOf(piece), start, end: start + piece.length, joinsPrevious, capitalized: isCapital(piece) });
    previousEnd = start + piece.length;
  }
}

function isJoiningGap(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 32) return true; // the common case: one space
  if (to - from > 40) return false;
  const gap = text.slice(from, to);
  if (!JOINING_GAP.test(gap)) return false;
  const lineBreaks = gap.match(/\n/g);
  return lineBreaks === null || lineBreaks.length <= 1;
}

/** The keys of a name, cut exactly as a text would be: the path of the name in the matcher's trie. */
export function nameKeys(name: string): string[] {
  return tokenize(name).map((token) => token.key);
}
