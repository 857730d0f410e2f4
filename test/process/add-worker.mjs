// A writer process for store-process.test.ts: adds problems to the coach.db in a data folder,
// one transaction each, through the built store. After each commit it prints the number of
// problems it has committed, so a test that kills it knows what must have survived.
//   node add-worker.mjs <dataDir> <count|forever> <tag>
import { openStore } from '../../dist/store/store.js';

const [dir, countArg, tag] = process.argv.slice(2);
const count = countArg === 'forever' ? Infinity : Number(countArg);
// A worker process is its own entry point: its clock is the wall clock.
const store = openStore(dir, { now: () => new Date() });
// A long note makes each record span pages, so a kill can land in the middle of writing one.
const note = `${tag} `.repeat(800);
for (let i = 0; i < count; i++) {
  store.addProblems([{
    date: '2026-11-25', title: `${tag} ${i}`, difficulty: 'medium', topics: ['graphs', tag],
    url: `https://example.com/${tag}/${i}`, minutes: 30, note,
  }]);
  process.stdout.write(`${i + 1}\n`);
}
store.close();
