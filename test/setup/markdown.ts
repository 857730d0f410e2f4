// The parser reads markdown through remark, which loads asynchronously (src/track/markdown.ts):
// load it once per test file so tests can call the parser directly.
import { loadMarkdown } from '../../src/track/markdown.js';

await loadMarkdown();
