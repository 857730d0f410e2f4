// The table `npm run bench -- --scale` prints, as text or (--markdown) as the README's
// "Performance" table; the README's header must be this one (test/process/bench-table.test.ts).
export const TABLE_COLUMNS = ['Figure', 'Against', 'min', 'median', 'max', 'Target', ''];

export function tableHeader() {
  return [`| ${TABLE_COLUMNS.join(' | ')} |`, `|${TABLE_COLUMNS.map((_, i) => (i >= 2 && i <= 4 ? '---:' : '---')).join('|')}|`];
}

/** One row: `cells` are the figure, its baseline, min, median, max, target and the verdict. */
export function tableRow(cells) {
  return `| ${cells.join(' | ')} |`;
}
