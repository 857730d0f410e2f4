// Preloaded by the bench (node --require) to see what one coach run reads and loads: at exit, writes
// to $BENCH_TRACE_FILE as JSON every file read through fs (its path and bytes: coach's own files,
// node_modules, the data folder's caches), every compiled module loaded (.node) and Node's modules.
'use strict';
const fs = require('node:fs');
const { fileURLToPath } = require('node:url');

const file = process.env.BENCH_TRACE_FILE;
if (file) {
  const reads = [];
  const native = [];
  const pathOf = (p) => (typeof p === 'string' ? p : p instanceof globalThis.URL ? fileURLToPath(p) : null);
  const readFileSync = fs.readFileSync;
  fs.readFileSync = function traced(p, ...rest) {
    const out = readFileSync.call(this, p, ...rest);
    const name = pathOf(p);
    if (name !== null) reads.push({ path: name, bytes: typeof out === 'string' ? globalThis.Buffer.byteLength(out) : out.length });
    return out;
  };
  const dlopen = process.dlopen;
  process.dlopen = function traced(module, filename, ...rest) {
    native.push(filename);
    return dlopen.call(this, module, filename, ...rest);
  };
  process.on('exit', () => {
    const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
    fs.writeFileSync(file, JSON.stringify({ reads, native, builtins }));
  });
}
