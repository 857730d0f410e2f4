// An opener process for store-process.test.ts: opens (creating and migrating where it is the
// first) and closes the coach.db in each of <count> numbered data folders under <base>, in order,
// through the built store. Several of these started at once race each other on every fresh file.
//   node open-worker.mjs <base> <count>
import path from 'node:path';
import { openStore } from '../../dist/store/store.js';

const [base, countArg] = process.argv.slice(2);
for (let i = 0; i < Number(countArg); i++) {
  openStore(path.join(base, String(i)), { now: () => new Date() }).close();
}
