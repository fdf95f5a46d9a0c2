/**
 * With no backend configured, Bastion still gives a working chat path: it uses
 * a local Ollama when one answers at 127.0.0.1:11434, otherwise it starts the
 * embedded llama.cpp worker (a separate process) on the generated demo model.
 */
import type { BackendConfig } from '../config/schema.js';
import { BACKEND_DEFAULTS } from '../config/backends.js';
import type { Logger } from '../log/logger.js';
import { spawnInferenceWorker, type SpawnedInferenceWorker } from '../inference/spawn.js';
import { ensureDemoModel } from '../inference/tiny-model.js';

export const OLLAMA_URL = 'http://127.0.0.1:11434/v1';

export interface EmbeddedBackend {
  backend: BackendConfig;
  kind: 'ollama' | 'demo' | 'model';
  worker?: SpawnedInferenceWorker;
}

async function ollamaAnswers(timeoutMs: number): Promise<boolean> {
  try {
    const r = await fetch(`${OLLAMA_URL}/models`, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    return r.ok;
  } catch {
    return false;
  }
}

function backendFor(id: string, url: string): BackendConfig {
  return { id, url, ...structuredClone(BACKEND_DEFAULTS), tls: null, models: null };
}

export async function startEmbeddedBackend(opts: { dataDir: string; modelFile?: string; probeOllama: boolean; log: Logger }): Promise<EmbeddedBackend> {
  if (!opts.modelFile && opts.probeOllama && (await ollamaAnswers(500))) {
    return { backend: backendFor('ollama', OLLAMA_URL), kind: 'ollama' };
  }
  const model = opts.modelFile ?? (await ensureDemoModel(opts.dataDir));
  const worker = await spawnInferenceWorker({ model, host: '127.0.0.1', port: 0 });
  opts.log.info('embedded inference worker started', { pid: worker.pid });
  return { backend: backendFor('embedded', worker.url), kind: opts.modelFile ? 'model' : 'demo', worker };
}
