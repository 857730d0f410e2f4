// Baseline for `npm run bench`: parse markdown files with remark + remark-gfm and nothing else.
import fs from 'node:fs';
import path from 'node:path';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

const files = [];
const walk = (p) => {
  const st = fs.statSync(p);
  if (st.isFile()) return void (/\.md$/i.test(p) && files.push(p));
  for (const name of fs.readdirSync(p)) walk(path.join(p, name));
};
walk(process.argv[2]);
const processor = remark().use(remarkGfm);
let nodes = 0;
for (const f of files) nodes += processor.runSync(processor.parse(fs.readFileSync(f, 'utf8'))).children.length;
if (nodes < 0) console.log(nodes);
