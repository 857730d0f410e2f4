// Some checks need a user whom file modes bind: as root (CI, containers) that is uid 65534
// ("nobody"), which must be able to reach the checkout to run it. A checkout in a folder only
// its owner may enter (a 0700 home, /root) is out of its reach: those tests then skip, saying why.
import { spawnSync } from 'node:child_process';
import { BIN } from './cli.js';

export type RunAs = { uid: number; gid: number } | Record<string, never>;

let checked: { as: RunAs } | { skip: string } | undefined;

/** Spawn options for an unprivileged run, or the reason none is possible here. */
export function unprivileged(): { as: RunAs } | { skip: string } {
  if (checked) return checked;
  if (process.platform === 'win32') return (checked = { skip: 'file modes do not apply on Windows' });
  if (process.getuid?.() !== 0) return (checked = { as: {} });
  const as = { uid: 65534, gid: 65534 };
  const r = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)}, require('fs').constants.R_OK)`], { ...as, encoding: 'utf8' });
  checked = r.status === 0
    ? { as }
    : { skip: `running as root, and uid 65534 cannot reach ${BIN} or ${process.execPath} (a folder only its owner may enter?); run the tests from a checkout others can read to include this test` };
  return checked;
}
