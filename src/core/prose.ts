/**
 * What of a document is prose. Code and URLs are blanked out (replaced by spaces of the same length, so
 * offsets stay right) before names are checked: a misspelling inside code or a link target is not prose.
 */

const URL = /\b(?:https?|ftp|file|mailto):[^\s<>()"'`]+|\bwww\.[^\s<>()"'`]+/gi;
const MARKDOWN_FENCE = /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1?\2[ \t]*$|(?![\s\S]))/gm;
const MARKDOWN_INLINE_CODE = /(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g;
const MARKDOWN_LINK_TARGET = /(?<=\])\([^)\n]*\)/g;
const MARKDOWN_INDENTED_CODE = /(?:^|\n\n)((?: {4}|\t)[^\n]*(?:\n(?: {4}|\t)[^\n]*)*)/g;

const blank = (match: string) => match.replace(/[^\n]/g, ' ');

export function maskNonProse(text: string, languageId: string): string {
  let masked = text;
  if (languageId === 'markdown') {
    masked = masked.replace(MARKDOWN_FENCE, blank).replace(MARKDOWN_INLINE_CODE, blank).replace(MARKDOWN_LINK_TARGET, blank);
    masked = masked.replace(MARKDOWN_INDENTED_CODE, (match, block: string) => match.slice(0, match.length - block.length) + blank(block));
  }
  return masked.replace(URL, blank);
}
