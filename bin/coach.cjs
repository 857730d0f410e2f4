#!/usr/bin/env node
// Entry point: stays tiny so start-up cost is the CLI's own. The only place that ends the process.
// CommonJS, like the bundle it starts (see scripts/bundle.mjs).
'use strict';

// `coach status` runs on every prompt: from its state file when that is current (src/status/fast.ts),
// without loading the CLI; otherwise, as every command, through the CLI.
const line = process.argv[2] === 'status' ? require('../dist/bundle/status.cjs').fastStatus(process.argv, process.env, new Date(), process.cwd()) : null;
if (line !== null) {
  try {
    require('node:fs').writeSync(1, line);
  } catch (err) {
    if (err.code !== 'EPIPE') throw err;
  }
} else {
  // The loader runs the bundle from V8's code cache of it (src/start.ts).
  const { main } = require('../dist/bundle/start.cjs').loadCli(require('node:path').join(__dirname, '..', 'dist', 'bundle', 'cli.cjs'));

  // `coach ... | head` closes the pipe early: that is not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }

  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
