// Shared set-up for the inference worker tests: a tiny model in a temp dir and a worker child process.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { spawnInferenceWorker, type SpawnedInferenceWorker } from '../../src/inference/spawn.js';
import { tinyVocabulary, writeTinyModel } from '../../src/inference/tiny-model.js';

export const MODEL_ID = 'tiny';

export interface TinyWorker {
  readonly worker: SpawnedInferenceWorker;
  readonly client: OpenAI;
  readonly dir: string;
  readonly modelPath: string;
  health(): Promise<{ busy: number; queued: number; completed: number; cancelled: number; sequences: number }>;
  close(): Promise<void>;
}

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'bastion-inference-'));
}

export async function startTinyWorker(opts: { sequences?: number; extraArgs?: string[] } = {}): Promise<TinyWorker> {
  const dir = await tempDir();
  const modelPath = join(dir, `${MODEL_ID}.gguf`);
  await writeTinyModel(modelPath);
  let worker: SpawnedInferenceWorker;
  try {
    worker = await spawnInferenceWorker({ model: modelPath, sequences: opts.sequences ?? 2, extraArgs: opts.extraArgs ?? [] });
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  const client = new OpenAI({ baseURL: worker.url, apiKey: 'unused', maxRetries: 0, timeout: 60_000 });
  return {
    worker, client, dir, modelPath,
    async health() {
      const res = await fetch(worker.url.replace(/\/v1$/, '/healthz'));
      return (await res.json()) as { busy: number; queued: number; completed: number; cancelled: number; sequences: number };
    },
    async close() {
      await worker.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** logit_bias that bans the end-of-generation tokens, so a generation runs to max_tokens. */
export function banEndTokens(): Record<string, number> {
  const { tokens } = tinyVocabulary();
  return Object.fromEntries(['</s>', '<|im_end|>'].map((t) => [String(tokens.indexOf(t)), -100]));
}

/** Polls until `done` holds (bounded by a count of tries, not asserted on time). */
export async function waitFor(done: () => Promise<boolean>, tries = 600): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await done()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
