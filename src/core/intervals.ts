/** The item whose [start, end) range holds an offset (or [start, end] with `includeEnd`), by binary search over items sorted by start. */
export function itemAt<T extends { start: number; end: number }>(items: readonly T[], offset: number, includeEnd = false): T | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = items[middle];
    if (offset < item.start) high = middle - 1;
    else if (offset > item.end || (offset === item.end && !includeEnd)) low = middle + 1;
    else return item;
  }
  return undefined;
}
