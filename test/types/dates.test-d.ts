// Compile-time checks, run by `npm run typecheck` (never by vitest): an IsoDate is made only by the
// checks and the arithmetic in src/schedule/dates.ts, so a string nobody checked cannot reach the
// scheduler, the store or a view. Every `@ts-expect-error` fails the typecheck if its line compiles.
import type { Settings } from '../../src/log/settings.js';
import type { Completion, LessonInput, ProblemInput } from '../../src/log/types.js';
import { longDate } from '../../src/render/format.js';
import type { ReviewInput } from '../../src/review/review.js';
import { addDays, isIsoDate, parseIsoDate, resolveDate, studyDate, type IsoDate } from '../../src/schedule/dates.js';
import type { ScheduleInput } from '../../src/schedule/scheduler.js';
import type { Store } from '../../src/store/store.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const same = <A, B>(_proof: Equal<A, B>): void => {};

declare const text: string;
declare const value: unknown;
declare const store: Store;

// A plain string is not an IsoDate: neither a literal nor a string typed as one.
// @ts-expect-error a literal has not been checked
export const literal: IsoDate = '2026-01-05';
// @ts-expect-error nor has a string from anywhere else
export const fromText: IsoDate = text;
// @ts-expect-error an array of strings is no list of dates either
export const skips: readonly IsoDate[] = ['2026-01-05'];

// The ways to make one: a check that may say no, a type guard, the clock and day arithmetic.
same<ReturnType<typeof parseIsoDate>, IsoDate | null>(true);
same<ReturnType<typeof resolveDate>, IsoDate | null>(true);
same<ReturnType<typeof studyDate>, IsoDate>(true);
same<ReturnType<typeof addDays>, IsoDate>(true);
export const checked: IsoDate | null = parseIsoDate(text);
export const guarded: IsoDate | null = isIsoDate(value) ? value : null;

// An IsoDate is still a string wherever text is wanted (JSON, output, SQL parameters).
export const printable: string = studyDate(new Date(0));

// The scheduler, the review, the log's rows, settings and inputs, the store and the views take IsoDate.
same<ScheduleInput['date'], IsoDate>(true);
same<ScheduleInput['skips'], readonly IsoDate[]>(true);
same<ReviewInput['today'], IsoDate>(true);
same<Completion['date'], IsoDate>(true);
same<ProblemInput['date'], IsoDate>(true);
same<LessonInput['date'], IsoDate>(true);
same<Settings['start'], IsoDate | null>(true);
same<ReturnType<Store['skips']>, IsoDate[]>(true);

export function unchecked(): void {
  // @ts-expect-error the store refuses an unchecked date at compile time, not only at run time
  store.addSkip('2026-01-05');
  // @ts-expect-error so does a range filter
  store.problems({ from: text });
  // @ts-expect-error and a view
  longDate('2026-01-05');
}
