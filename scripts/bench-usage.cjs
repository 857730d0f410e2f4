// Preloaded by `npm run bench -- --scale` (node --require): when the process exits, appends its own
// CPU time (user + system, in microseconds) and peak resident memory (KiB) to $BENCH_USAGE_FILE.
const fs = require('node:fs');

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    fs.appendFileSync(file, `${u.userCPUTime + u.systemCPUTime} ${u.maxRSS}\n`);
  });
}
