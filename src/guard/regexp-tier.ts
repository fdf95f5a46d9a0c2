/**
 * The guard runs a few hundred large regular expressions over every text. By default V8 runs a regular expression
 * in its bytecode interpreter first and compiles it to machine code only after it has been used ("tier-up"); with
 * the guard's mix of short and long, English and non-English texts, a large share of the scan ran interpreted.
 * Compiling each pattern on its first use instead halves the scan's cost over the dev and check-set texts
 * (bench/guard-corpus.ts: 3.4 -> 1.3 ms of CPU per 1,000 characters, slowest 1% of texts 17.5 -> 2.9 ms) and
 * changes no result: the flag only chooses how the same pattern is executed. It is process-wide; importing the
 * guard sets it once, before any of its patterns has run.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
