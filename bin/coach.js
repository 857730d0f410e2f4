#!/usr/bin/env node
// Entry point: stays tiny so start-up cost is the CLI's own.
import { main } from '../dist/cli.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
