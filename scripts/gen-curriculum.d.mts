// Types of gen-curriculum.mjs, for the tests that import it.
export function curriculumFile(template: string, index: number, weeksPerTrack: number): { rel: string; text: string };
export function generateCurriculum(dir: string, opts?: { files?: number; weeksPerTrack?: number }): string[];
