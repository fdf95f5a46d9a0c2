/**
 * `bastion inference`: serve a GGUF model through llama.cpp with the OpenAI
 * API (in this process), or `bastion inference demo-model` to write the tiny
 * demo model.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_TINY_SEED, DEMO_MODEL_FILE, writeTinyModel } from '../inference/tiny-model.js';
import { WORKER_USAGE } from '../inference/worker-args.js';

export interface InferenceCommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const DEMO_USAGE = `Usage: bastion inference demo-model [--out FILE] [--seed N]

  Writes the tiny Bastion demo model (random weights, produces random text).
  --out FILE   where to write it (default: $BASTION_DATA_DIR/models/${DEMO_MODEL_FILE}, BASTION_DATA_DIR defaults to ./data)
  --seed N     weights seed, 0..4294967295 (default ${DEFAULT_TINY_SEED}); the same seed gives the same bytes
`;

async function demoModel(argv: string[], io: InferenceCommandIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { out: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    io.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n\n${DEMO_USAGE}`);
    return 2;
  }
  if (values.help) { io.stdout.write(DEMO_USAGE); return 0; }
  const seed = values.seed === undefined ? DEFAULT_TINY_SEED : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    io.stderr.write(`error: --seed must be an integer in 0..4294967295\n\n${DEMO_USAGE}`);
    return 2;
  }
  const out = resolve(values.out ?? join(process.env.BASTION_DATA_DIR || './data', 'models', DEMO_MODEL_FILE));
  try {
    await mkdir(dirname(out), { recursive: true });
    await writeTinyModel(out, seed);
  } catch (err) {
    io.stderr.write(`error: cannot write ${out}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const bytes = await readFile(out);
  io.stdout.write(`${JSON.stringify({ event: 'written', path: out, bytes: bytes.length, seed, sha256: createHash('sha256').update(bytes).digest('hex') })}\n`);
  return 0;
}

export async function runInferenceCommand(argv: string[], io: InferenceCommandIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === 'demo-model') return demoModel(rest, io);
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(`${WORKER_USAGE}\n${DEMO_USAGE}`);
    return 0;
  }
  const { runWorkerProcess } = await import('../inference/run-worker.js');
  return runWorkerProcess(argv, io);
}
