// Builds the large inputs of `npm run bench -- --scale` (and of the scale tests): a log export of
// any size, deterministic for a seed, and curriculum folders of many track files varied from the
// bundled week. Everything is written under a folder the caller gives (a temp folder).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WEEK_FILE = path.join(root, 'content', 'go', 'week-11.md');

/** A small deterministic generator (mulberry32), so two runs build the same log. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const isoDay = (startMs, offset) => new Date(startMs + offset * DAY_MS).toISOString().slice(0, 10);
const TOPICS = ['arrays', 'graphs', 'dp', 'trees', 'strings', 'heaps', 'two pointers', 'design', 'math', 'greedy'];
const DIFFICULTIES = ['easy', 'medium', 'hard', null];
const CATEGORIES = ['HLD', 'LLD', 'DSA', 'Review'];
/** Weeks in a generated curriculum of the usual size, and in each earlier track of the log. */
export const TRACK_WEEKS = 32;

/**
 * A coach export (format 1) with `problems` problems and `completions` completions spread over
 * `days` days ending the day before `end`; the settings follow track `track` from `firstWeek`,
 * started on the day its first block was marked.
 */
export function makeExport({ problems = 100_000, completions = 12_000, days = 1000, end = '2026-11-24', track = 'go', firstWeek = 1, seed = 1 } = {}) {
  const rnd = random(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const startMs = Date.parse(`${end}T00:00:00Z`) - days * DAY_MS;
  const stamp = (date, i) => `${date}T12:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000Z`;
  // Random version-4 UUIDs, as coach writes them: rows listed by date reach the id index out of order.
  const hex = (n) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
  const id = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(rnd() * 4)).toString(16)}${hex(3)}-${hex(12)}`;
  const problemRows = Array.from({ length: problems }, (_, i) => {
    const date = isoDay(startMs, Math.floor(rnd() * days));
    const titled = rnd() < 0.8;
    const topics = titled ? [...new Set(Array.from({ length: Math.floor(rnd() * 3) }, () => pick(TOPICS)))] : [];
    return {
      id: id(), date, title: titled ? `Problem ${Math.floor(rnd() * 3000)}` : null, difficulty: titled ? pick(DIFFICULTIES) : null,
      topics, url: null, minutes: rnd() < 0.3 ? 10 + Math.floor(rnd() * 50) : null, note: null, createdAt: stamp(date, i),
    };
  });
  // Listed by date and time of logging, as coach export lists them.
  problemRows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  // Completions walk plans in order, block after block, as a learner marks them: earlier tracks
  // done whole (32 weeks of 4 blocks a day), then the current one, `track`, partly.
  const perTrack = TRACK_WEEKS * 7 * 4;
  const current = Math.floor((completions - 1) / perTrack);
  const completionRows = Array.from({ length: completions }, (_, i) => {
    const t = Math.floor(i / perTrack);
    const name = t === current ? track : `done${t + 1}`;
    const j = i % perTrack;
    const blockInDay = j % 4;
    const dayIndex = Math.floor(j / 4);
    const week = firstWeek + Math.floor(dayIndex / 7);
    const day = (dayIndex % 7) + 1;
    const date = isoDay(startMs, Math.floor((i * days) / completions));
    return {
      id: id(), blockId: `${name}.w${week}.d${day}.4h.${blockInDay + 1}`, date, track: name, week, day, plan: '4h',
      label: `Block ${blockInDay + 1}`, category: CATEGORIES[blockInDay], title: `Block ${blockInDay + 1} of week ${week} day ${day}`,
      planned: { min: 60, max: 60 }, minutes: rnd() < 0.5 ? 45 + Math.floor(rnd() * 30) : null, note: rnd() < 0.1 ? 'went well' : null,
      createdAt: stamp(date, i),
    };
  });
  const start = completionRows.find((c) => c.track === track)?.date ?? isoDay(startMs, 0);
  return {
    format: 'coach-export', version: 1, exportedAt: `${end}T20:00:00.000Z`,
    settings: { track, plan: '4h', start, week: String(firstWeek), pace: 'calendar' },
    completions: completionRows, problems: problemRows, skips: [], lessons: [],
  };
}

/** Writes `makeExport(options)` as JSON to `file`; returns the file. */
export function writeExport(file, options) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(makeExport(options)));
  return file;
}

/**
 * A curriculum folder of `files` track files: the bundled week, renumbered as weeks
 * `firstWeek`… of track `track`, with its day titles varied per week so no two files are alike.
 */
export function writeCurriculum(dir, files, { track = 'go', firstWeek = 1 } = {}) {
  const text = fs.readFileSync(WEEK_FILE, 'utf8');
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < files; i++) {
    const week = firstWeek + i;
    const body = text
      .replace(/^id: .*$/m, `id: ${track}-week-${week}`)
      .replace(/^sidebar_label: .*$/m, `sidebar_label: Week ${week}`)
      .replace(/^sidebar_position: .*$/m, `sidebar_position: ${week}`)
      .replace(/^track: .*$/m, `track: ${track}`)
      .replace(/^week: .*$/m, `week: ${week}`)
      .replace(/^(### Day \d+ – .*)$/gm, `$1 (week ${week})`);
    fs.writeFileSync(path.join(dir, `week-${String(week).padStart(3, '0')}.md`), body);
  }
  return dir;
}
