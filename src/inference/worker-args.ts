/**
 * Command-line options of the inference worker, shared by `bastion inference`
 * and the child-process entry point. Parsed and checked once; all problems
 * are reported together.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { WorkerOptions } from './worker.js';

export const WORKER_USAGE = `Usage: bastion inference --model FILE.gguf [options]

  --model FILE          GGUF model file (required)
  --listen HOST:PORT    address to listen on (default 127.0.0.1:0, a free port)
  --threads N           CPU threads for evaluation (default 1)
  --sequences N         parallel generations (default 2)
  --context-size N      tokens per sequence (default min(model's training context, 4096))
  --max-queue N         requests waiting for a sequence before 503 inference_queue_full (default 16)
  --memory-limit MIB    refuse models estimated above this (default: free memory)
  --model-id ID         model name served (default: file name without .gguf)
  --system-prompt TEXT  system prompt added when a chat has none (default: none)
  --tls-cert FILE --tls-key FILE [--tls-ca FILE] [--tls-require-client-cert]
                        serve HTTPS (mTLS with a CA and required client certificates)
`;

export class UsageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'UsageError';
  }
}

export interface ParsedWorkerArgs {
  readonly options: WorkerOptions;
  /** Exit when stdin closes (the parent process is gone). */
  readonly exitOnStdinClose: boolean;
}

function positiveInt(problems: string[], name: string, v: string | undefined, min = 1): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) { problems.push(`--${name} must be an integer >= ${min}`); return undefined; }
  return n;
}

function parseListen(problems: string[], v: string | undefined): { host: string; port: number } {
  if (v === undefined) return { host: '127.0.0.1', port: 0 };
  const m = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(v);
  const port = m ? Number(m[2]) : -1;
  if (!m || port > 65535) { problems.push('--listen must be HOST:PORT (PORT 0..65535)'); return { host: '127.0.0.1', port: 0 }; }
  return { host: (m[1] ?? '').replace(/^\[|\]$/g, ''), port };
}

function readPem(problems: string[], name: string, file: string | undefined): Buffer | undefined {
  if (file === undefined) return undefined;
  try { return readFileSync(file); } catch { problems.push(`--${name}: cannot read ${file}`); return undefined; }
}

export function parseWorkerArgs(argv: readonly string[]): ParsedWorkerArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        model: { type: 'string' },
        listen: { type: 'string' },
        threads: { type: 'string' },
        sequences: { type: 'string' },
        'context-size': { type: 'string' },
        'max-queue': { type: 'string' },
        'memory-limit': { type: 'string' },
        'model-id': { type: 'string' },
        'system-prompt': { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        'tls-ca': { type: 'string' },
        'tls-require-client-cert': { type: 'boolean' },
        'exit-on-stdin-close': { type: 'boolean' },
      },
    }));
  } catch (err) {
    throw new UsageError([err instanceof Error ? err.message : String(err)]);
  }
  const problems: string[] = [];
  if (!values.model) problems.push('--model FILE.gguf is required');
  const { host, port } = parseListen(problems, values.listen);
  const threads = positiveInt(problems, 'threads', values.threads);
  const sequences = positiveInt(problems, 'sequences', values.sequences);
  if (sequences !== undefined && sequences > 64) problems.push('--sequences must be at most 64');
  const contextSize = positiveInt(problems, 'context-size', values['context-size'], 16);
  const maxQueue = positiveInt(problems, 'max-queue', values['max-queue'], 0);
  const memoryMib = positiveInt(problems, 'memory-limit', values['memory-limit']);
  const cert = readPem(problems, 'tls-cert', values['tls-cert']);
  const key = readPem(problems, 'tls-key', values['tls-key']);
  const ca = readPem(problems, 'tls-ca', values['tls-ca']);
  if ((cert === undefined) !== (key === undefined)) problems.push('--tls-cert and --tls-key go together');
  if (values['tls-require-client-cert'] && (cert === undefined || ca === undefined)) problems.push('--tls-require-client-cert needs --tls-cert, --tls-key and --tls-ca');
  if (problems.length > 0) throw new UsageError(problems);

  const options: WorkerOptions = {
    modelPath: values.model ?? '',
    host,
    port,
    ...(threads === undefined ? {} : { threads }),
    ...(sequences === undefined ? {} : { sequences }),
    ...(contextSize === undefined ? {} : { contextSize }),
    ...(maxQueue === undefined ? {} : { maxQueue }),
    ...(memoryMib === undefined ? {} : { memoryLimitBytes: memoryMib * 1024 * 1024 }),
    ...(values['model-id'] === undefined ? {} : { modelId: values['model-id'] }),
    ...(values['system-prompt'] === undefined ? {} : { defaultSystemPrompt: values['system-prompt'] }),
    ...(cert && key ? { tls: { cert, key, ...(ca ? { ca } : {}), requestCert: values['tls-require-client-cert'] === true } } : {}),
  };
  return { options, exitOnStdinClose: values['exit-on-stdin-close'] === true };
}
