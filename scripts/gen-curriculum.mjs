// A generated curriculum of any size, for measuring coach against large track folders: copies of
// the bundled week (content/go/week-11.md) as tracks of `weeksPerTrack` weeks each (16 by default,
// as in the shared corpus's roadmap), every file with its own track id, week number and wording.
//   import { generateCurriculum } from './gen-curriculum.mjs'; generateCurriculum(dir, { files: 500 });
//   node scripts/gen-curriculum.mjs DIR [FILES] [WEEKS_PER_TRACK]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATE = path.join(root, 'content', 'go', 'week-11.md');

/** The text of file `index` (0-based): track `t01`…, week 1…`weeksPerTrack`. */
export function curriculumFile(template, index, weeksPerTrack) {
  const track = `t${String(Math.floor(index / weeksPerTrack) + 1).padStart(2, '0')}`;
  const week = (index % weeksPerTrack) + 1;
  const body = template.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/Designing /g, `Designing (${track} w${week}) `);
  const head = ['---', `id: ${track}-week-${week}`, `title: Track ${track}`, `track: ${track}`, `week: ${week}`, '---', ''];
  return { rel: path.join(track, `week-${String(week).padStart(3, '0')}.md`), text: head.join('\n') + body };
}

/**
 * Writes `files` track files under `dir` (created if missing), `weeksPerTrack` weeks to a track
 * (at most 520, coach's last week), and returns their paths, sorted.
 */
export function generateCurriculum(dir, { files = 500, weeksPerTrack = 16 } = {}) {
  const template = fs.readFileSync(TEMPLATE, 'utf8');
  const written = [];
  for (let i = 0; i < files; i++) {
    const { rel, text } = curriculumFile(template, i, weeksPerTrack);
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    written.push(full);
  }
  return written.sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, files, weeks] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/gen-curriculum.mjs DIR [FILES=500] [WEEKS_PER_TRACK=16]');
    process.exitCode = 2;
  } else {
    const written = generateCurriculum(dir, { files: Number(files ?? 500), weeksPerTrack: Number(weeks ?? 16) });
    console.log(`${written.length} track files in ${dir}`);
  }
}
