// Whether this run opened the log to write: after such a run the status state is brought up to
// date (src/cli.ts), so the next prompt's `coach status` stays on its fast path.
let opened = false;

export function noteLogOpenedForWriting(): void {
  opened = true;
}

export function logOpenedForWriting(): boolean {
  return opened;
}
