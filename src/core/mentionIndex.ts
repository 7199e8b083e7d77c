import { itemAt } from './intervals';
import type { Mention } from './mentions';

/** The mention covering an offset, its end included (the cursor right after a name is on it), by binary search. */
export function mentionAt<T extends Mention>(mentions: readonly T[], offset: number): T | undefined {
  return itemAt(mentions, offset, true);
}
