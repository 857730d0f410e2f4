// Writing the learner's files (exports, review notes) so a crash or a full disk never leaves
// half a file where a good one was.
import fs from 'node:fs';
import path from 'node:path';

/** Write `text` to a temporary file beside `file`, then rename it over `file`. */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
