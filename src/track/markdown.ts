// The markdown reader (remark with GitHub's tables and task lists). remark and remark-gfm are ES
// modules only: they load with import(), once, before the first parse, so that the start-up
// bundle (CommonJS, see scripts/bundle.mjs) never has to require them.
import type { Root } from 'mdast';

export type MarkdownReader = (text: string) => Root;

let reader: MarkdownReader | undefined;

/** Loads remark; parsing (parseTrackFile) needs this to have finished once. */
export async function loadMarkdown(): Promise<MarkdownReader> {
  if (!reader) {
    const [{ remark }, { default: remarkGfm }] = await Promise.all([import('remark'), import('remark-gfm')]);
    const processor = remark().use(remarkGfm);
    reader = (text) => processor.parse(text);
  }
  return reader;
}

/** The reader loaded by `loadMarkdown`. */
export function markdownReader(): MarkdownReader {
  if (!reader) throw new Error('markdown reader used before loadMarkdown() finished');
  return reader;
}
