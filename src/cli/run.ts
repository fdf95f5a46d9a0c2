/** Runs the CLI from source (tests spawn this through tsx; bin/bastion.js runs the compiled main). */
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => { console.error(err instanceof Error ? err.message : String(err)); process.exitCode = 1; },
);
