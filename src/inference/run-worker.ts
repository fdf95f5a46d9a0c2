/**
 * Runs the worker as the main job of a process: parses options, starts, prints
 * one JSON line `{"event":"listening","url":...}` on stdout once ready (or
 * `{"event":"error","code":...,"message":...}` and a non-zero exit), then
 * serves until SIGINT/SIGTERM, or until stdin closes or the IPC channel
 * disconnects when started as a child of another process.
 */
import { BastionError } from '../errors/registry.js';
import { DEMO_MODEL_NOTICE } from './tiny-model.js';
import { parseWorkerArgs, UsageError, WORKER_USAGE } from './worker-args.js';
import { startInferenceWorker, type RunningWorker } from './worker.js';

export interface WorkerIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** Exit codes: 0 clean stop, 2 usage error, 3 model or startup error. */
export async function runWorkerProcess(argv: readonly string[], io: WorkerIo): Promise<number> {
  const line = (stream: NodeJS.WritableStream, obj: unknown): void => { stream.write(`${JSON.stringify(obj)}\n`); };
  let parsed;
  try {
    parsed = parseWorkerArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    line(io.stdout, { event: 'error', code: 'invalid_request', message: err.message });
    io.stderr.write(`${err.problems.map((p) => `error: ${p}`).join('\n')}\n\n${WORKER_USAGE}`);
    return 2;
  }

  let worker: RunningWorker;
  try {
    worker = await startInferenceWorker({
      ...parsed.options,
      onInternalError: (id, err) => line(io.stderr, { event: 'internal_error', request_id: id, error: err instanceof Error ? err.message : String(err) }),
    });
  } catch (err) {
    const code = err instanceof BastionError ? err.code : 'internal_error';
    const message = err instanceof Error ? err.message : String(err);
    line(io.stdout, { event: 'error', code, message });
    io.stderr.write(`error [${code}]: ${message}\n`);
    return 3;
  }
  io.stderr.write(`bastion inference: serving "${worker.engine.modelId}" at ${worker.url} (OpenAI API; ${worker.engine.sequences} sequences, context ${worker.engine.contextSize} tokens)\n`);
  if (worker.engine.isDemoModel) io.stderr.write(`${DEMO_MODEL_NOTICE}\n`);
  line(io.stdout, {
    event: 'listening', url: worker.url, model: worker.engine.modelId,
    chat_wrapper: worker.engine.chatWrapperName, context_size: worker.engine.contextSize, sequences: worker.engine.sequences,
  });

  const onRejection = (reason: unknown): void => line(io.stderr, { event: 'unhandled_rejection', error: String(reason) });
  process.on('unhandledRejection', onRejection);
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (parsed.exitOnStdinClose) {
      process.stdin.on('end', stop);
      process.stdin.on('close', stop);
      process.stdin.resume();
    }
    if (process.connected) process.once('disconnect', stop);
  });
  process.off('unhandledRejection', onRejection);
  await worker.close();
  return 0;
}
