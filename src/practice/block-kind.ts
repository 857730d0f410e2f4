// Which practice a block is, from its category: one keyword rule for any track, so that marking a
// "Mock Design" or "Machine Coding" block done can offer to log it. Pure.
import type { MockType, PracticeKind } from './kinds.js';

export interface BlockPractice {
  kind: PracticeKind;
  /** For a mock: its type, when the category names one. */
  mockType: MockType | null;
}

/** What the rule reads of a block: its category, and its day's title and focus for a bare "Design". */
export interface BlockText {
  category: string;
  dayTitle?: string;
  dayFocus?: string;
}

/** Lower case, every run of other characters one space: "Mock (API) Design" → "mock api design". */
const words = (text: string): string => ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
const has = (text: string, ...phrases: string[]): boolean => phrases.some((p) => text.includes(` ${p} `));

const DSA = ['dsa', 'leetcode', 'algorithms', 'algorithm'];
const MACHINE_CODING = ['machine coding', 'lld', 'low level design'];
const SYSTEM_DESIGN = ['system design', 'hld', 'high level design'];
const THEORY = ['theory', 'revision', 'revise', 'concepts', 'concept'];

/** A mock's type from the rest of its category: design first, as "Mock API Design" is a design round. */
function mockType(text: string): MockType | null {
  if (has(text, ...SYSTEM_DESIGN, 'design')) return 'design';
  if (has(text, ...MACHINE_CODING)) return 'machine-coding';
  if (has(text, 'behavioral', 'behavioural', 'behaviour', 'behavior')) return 'behavioral';
  if (has(text, 'coding', ...DSA)) return 'coding';
  return null;
}

/**
 * The practice a block is, or null (DSA is `coach dsa add`, and most blocks are no practice):
 *
 * 1. "mock" (or "interview") → a mock, typed by the rest: design / machine coding or LLD /
 *    behavioural / coding or DSA;
 * 2. any other category naming DSA is not practice;
 * 3. "machine coding" or "LLD" → machine-coding;
 * 4. "system design" or "HLD" → design; a bare "design" (a schema, an API) only on a day whose
 *    title or focus speaks of system design, HLD or designing a system;
 * 5. "theory", "revision" or "concepts" → theory;
 * 6. "project" → project.
 */
export function blockPractice(block: BlockText): BlockPractice | null {
  const category = words(block.category);
  if (has(category, 'mock', 'interview', 'mocks')) return { kind: 'mock', mockType: mockType(category) };
  if (has(category, ...DSA)) return null;
  if (has(category, ...MACHINE_CODING)) return { kind: 'machine-coding', mockType: null };
  if (has(category, ...SYSTEM_DESIGN)) return { kind: 'design', mockType: null };
  if (has(category, 'design')) {
    const day = words(`${block.dayTitle ?? ''} ${block.dayFocus ?? ''}`);
    return has(day, ...SYSTEM_DESIGN, 'designing') ? { kind: 'design', mockType: null } : null;
  }
  if (has(category, ...THEORY)) return { kind: 'theory', mockType: null };
  if (has(category, 'project', 'projects')) return { kind: 'project', mockType: null };
  return null;
}
