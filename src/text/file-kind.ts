// What sits at a path, in words, for messages that refuse anything but a regular file.
import type { Stats } from 'node:fs';

/** "a folder", "a character device", "a FIFO (named pipe)"…; "a regular file" for a file. */
export function fileKind(st: Pick<Stats, 'isFile' | 'isDirectory' | 'isCharacterDevice' | 'isBlockDevice' | 'isFIFO' | 'isSocket'>): string {
  if (st.isFile()) return 'a regular file';
  if (st.isDirectory()) return 'a folder';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}
