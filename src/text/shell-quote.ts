// Paths inside the shell commands coach suggests ("mv FILE FILE.bad"), quoted only when needed.

/** Quote a path for a POSIX shell, only when it needs it. */
export function shellQuote(file: string): string {
  return /^[\w./@%+=:,-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
}
