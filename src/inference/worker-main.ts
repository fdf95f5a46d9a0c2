// Child-process entry point of the inference worker (see spawn.ts). Thin by design.
import { runWorkerProcess } from './run-worker.js';

runWorkerProcess(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`fatal: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
