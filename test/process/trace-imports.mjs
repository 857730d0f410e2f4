// Preloaded with --import: appends every package a coach process loads, by import or require, to
// $COACH_TRACE_FILE, so tests can check what the warm path loads. A compiled module (.node), loaded
// by its path, is named by its path inside node_modules (better-sqlite3/build/Release/…).
import fs from 'node:fs';
import Module, { register } from 'node:module';

const file = process.env.COACH_TRACE_FILE;
register(new URL('./trace-hooks.mjs', import.meta.url), { data: { file } });

// require() does not pass through the hooks above: watch the CommonJS loader too.
const load = Module._load;
Module._load = function traced(request, ...rest) {
  if (file && !/^(\.|\/|node:|file:)/.test(request) && !Module.isBuiltin(request)) fs.appendFileSync(file, request + '\n');
  else if (file && request.endsWith('.node')) fs.appendFileSync(file, request.replace(/\\/g, '/').replace(/^.*\/node_modules\//, '') + '\n');
  return load.call(this, request, ...rest);
};
