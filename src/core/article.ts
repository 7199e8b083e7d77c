import { itemAt } from './intervals';

/** The article as numbered paragraphs: blocks of text separated by blank lines, numbered from 1. */

export interface Paragraph {
  number: number;
  /** UTF-16 offsets of the paragraph's text, blank lines excluded. */
  start: number;
  end: number;
  /** 0-based line of the paragraph's first character. */
  line: number;
  text: string;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const block = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  let line = 0;
  let scannedTo = 0;
  for (let match = block.exec(text); match !== null; match = block.exec(text)) {
    line += countLineBreaks(text, scannedTo, match.index);
    scannedTo = match.index;
    paragraphs.push({ number: paragraphs.length + 1, start: match.index, end: match.index + match[0].length, line, text: match[0].trim() });
  }
  return paragraphs;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

/** The paragraph holding an offset, by binary search; undefined between paragraphs. */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): Paragraph | undefined {
  return itemAt(paragraphs, offset);
}
