// The order names (categories, topics) are listed in when their figures tie: the order of
// `localeCompare`, without starting ICU's collator for plain names. Creating the collator costs
// about 10 ms, as much as a command's reads of a large log, and only a log with ties pays it.

/** ASCII letters, digits and spaces: characters the collation orders as their code points, case aside. */
const PLAIN = /^[A-Za-z0-9 ]*$/;

/**
 * `a.localeCompare(b)`'s sign. Two plain names that differ other than by case compare as their
 * lower-case forms do, code unit by code unit: the root collation's primary order (space, digits,
 * then letters), which English and most locales keep. Anything else asks the collator.
 */
export function compareNames(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.localeCompare(b);
}
