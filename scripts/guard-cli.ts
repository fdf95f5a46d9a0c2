/**
 * Runs `bastion guard …` from source (without a build):
 *   node --import tsx scripts/guard-cli.ts scan --jsonl FILE
 *   node --import tsx scripts/guard-cli.ts eval --data ../shared/datasets/guard/dev.jsonl
 */
import { runGuardCommand } from '../src/cli/guard.js';

runGuardCommand(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => { process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 1; },
);
