// A list that names its first few items and counts the rest, for a summary kept to a line or two.

/** `a, b, c and 51 more`; every item when there are no more than `shown`. */
export function someOf(items: readonly string[], shown = 3): string {
  if (items.length <= shown) return items.join(', ');
  return `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
}
