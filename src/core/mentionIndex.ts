import type { Mention } from './mentions';

/** The mention covering an offset, by binary search over mentions sorted by start (as the matcher returns them). */
export function mentionAt(mentions: readonly Mention[], offset: number): Mention | undefined {
  let low = 0;
  let high = mentions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const mention = mentions[middle];
    if (offset < mention.start) high = middle - 1;
    else if (offset > mention.end) low = middle + 1;
    else return mention;
  }
  return undefined;
}
