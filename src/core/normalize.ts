/**
 * One folding of text shared by search and mention matching: case, diacritics,
 * apostrophes, quotes, white space and hyphens all compare equal however they are typed.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['\u2018\u2019\u02BC\u2032\uFF07`\u00B4]/g;
const DOUBLE_QUOTES = /["\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02]/g;
const HYPHENS = /[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/g;
const WHITE_SPACE = /\s+/gu;

/** Lower case, no diacritics, one kind of apostrophe and quote, hyphens as spaces, single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(HYPHENS, ' ')
    .replace(WHITE_SPACE, ' ')
    .trim();
}

/** The folded text with nothing but letters and digits: "Ying-Yong", "ying yong" and "YingYong" all give "yingyong". */
export function compactKey(text: string): string {
  return normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The key of one word: folded, with apostrophes and hyphens inside it dropped ("Jing'an" and "Jingan" agree). */
export function wordKey(word: string): string {
  return compactKey(word);
}
