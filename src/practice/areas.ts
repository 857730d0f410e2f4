// The areas the guide counts: DSA problems and the practice log's kinds. A leaf, so the track
// model can name them without importing anything back.
export const PRACTICE_AREAS = ['dsa', 'machine-coding', 'design', 'mock', 'theory', 'project'] as const;
export type PracticeArea = (typeof PRACTICE_AREAS)[number];

export const isPracticeArea = (text: string): text is PracticeArea => (PRACTICE_AREAS as readonly string[]).includes(text);
