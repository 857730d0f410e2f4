// Preloaded with --require: at exit, writes the built-in modules the process loaded to
// $COACH_TRACE_FILE, one a line, so tests can check what the warm path loads of Node itself.
'use strict';
const fs = require('node:fs');

process.on('exit', () => {
  const loaded = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  if (process.env.COACH_TRACE_FILE) fs.writeFileSync(process.env.COACH_TRACE_FILE, loaded.join('\n') + '\n');
});
