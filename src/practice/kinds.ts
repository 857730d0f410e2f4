// The practice log's kinds and a mock's types: the names `coach log`, the table's checks, the
// export and the views share. Light on purpose: the log's declarations load it at every start.

/** What `coach log KIND` records: every practice area but DSA, which `coach dsa` logs. */
export const PRACTICE_KINDS = ['machine-coding', 'design', 'mock', 'theory', 'project'] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

export const isPracticeKind = (text: string): text is PracticeKind => (PRACTICE_KINDS as readonly string[]).includes(text);

/** The interview playbook's mocks, by kind. */
export const MOCK_TYPES = ['coding', 'machine-coding', 'design', 'behavioral'] as const;
export type MockType = (typeof MOCK_TYPES)[number];

export const isMockType = (text: string): text is MockType => (MOCK_TYPES as readonly string[]).includes(text);

/** A self-score runs from 1 to this. */
export const MAX_SCORE = 5;

/** Kinds whose titled rows come back as cards, and so take a rating when logged. */
export const CARD_KINDS: readonly PracticeKind[] = ['machine-coding', 'design'];

/** How each kind reads in a sentence ("Log it as a design?"). */
export const KIND_NAMES: Readonly<Record<PracticeKind, string>> = {
  'machine-coding': 'machine-coding problem',
  design: 'design',
  mock: 'mock',
  theory: 'theory session',
  project: 'project',
};
