// Preloaded with --import: appends every package a coach process imports to $COACH_TRACE_FILE,
// so tests can check what the warm path loads.
import { register } from 'node:module';

register(new URL('./trace-hooks.mjs', import.meta.url), { data: { file: process.env.COACH_TRACE_FILE } });
