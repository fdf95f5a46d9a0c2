/**
 * Checks a model file before llama.cpp sees it, so each failure has a stable
 * code: model_file_missing, model_file_invalid (not GGUF, unreadable header,
 * truncated tensor data), model_too_large (estimated memory above the limit).
 */
import { open, stat } from 'node:fs/promises';
import { freemem } from 'node:os';
import { GgufInsights, readGgufFileInfo, type GgufFileInfo, type Llama } from 'node-llama-cpp';
import { BastionError } from '../errors/registry.js';

export interface ModelCheckResult {
  readonly info: GgufFileInfo;
  readonly fileSize: number;
  /** Estimated bytes of RAM for the weights plus the context. */
  readonly estimatedBytes: number;
}

export interface ModelCheckOptions {
  readonly contextSize: number;
  readonly sequences: number;
  /** Memory the model may use; defaults to the free memory of the machine. */
  readonly memoryLimitBytes?: number;
}

async function readMagic(path: string): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(4);
    const { bytesRead } = await fh.read(buf, 0, 4, 0);
    return buf.subarray(0, bytesRead).toString('latin1');
  } finally {
    await fh.close();
  }
}

/** Format checks that need no llama.cpp runtime: the file exists, is GGUF, and its header parses. */
export async function readModelHeader(path: string): Promise<{ info: GgufFileInfo; fileSize: number }> {
  const st = await stat(path).catch(() => undefined);
  if (!st || !st.isFile()) throw new BastionError('model_file_missing', `Model file not found: ${path}`);
  let magic: string;
  try {
    magic = await readMagic(path);
  } catch (cause) {
    throw new BastionError('model_file_missing', `Model file cannot be read: ${path}`, { cause });
  }
  if (magic !== 'GGUF') throw new BastionError('model_file_invalid', `Not a GGUF file (bad magic): ${path}`);
  try {
    return { info: await readGgufFileInfo(path, { sourceType: 'filesystem', logWarnings: false }), fileSize: st.size };
  } catch (cause) {
    throw new BastionError('model_file_invalid', `The GGUF header cannot be read (truncated or corrupt): ${path}`, { cause });
  }
}

/** Full check: header, tensor data present, and estimated memory within the limit. */
export async function checkModelFile(llama: Llama, path: string, opts: ModelCheckOptions, header?: { info: GgufFileInfo; fileSize: number }): Promise<ModelCheckResult> {
  const { info, fileSize } = header ?? await readModelHeader(path);

  let insights: GgufInsights;
  try {
    insights = await GgufInsights.from(info, llama);
  } catch (cause) {
    throw new BastionError('model_file_invalid', `The GGUF metadata is not usable: ${path}`, { cause });
  }
  const tensors = info.tensorInfo ?? [];
  if (tensors.length === 0) throw new BastionError('model_file_invalid', `The GGUF file has no tensors: ${path}`);
  const dataStart = tensors.reduce((min, t) => Math.min(min, Number(t.fileOffset)), Number.POSITIVE_INFINITY);
  if (fileSize < dataStart + insights.modelSize) {
    throw new BastionError('model_file_invalid', `The GGUF file is truncated: ${fileSize} bytes, tensor data needs ${dataStart + insights.modelSize}: ${path}`);
  }

  const modelReq = await insights.estimateModelResourceRequirementsV2({ gpuLayers: 0, useMmap: true });
  const ctxReq = await insights.estimateContextResourceRequirementsV2({
    contextSize: opts.contextSize,
    modelGpuLayers: 0,
    sequences: opts.sequences,
  });
  const estimatedBytes = modelReq.cpuRam + ctxReq.cpuRam;
  const limit = opts.memoryLimitBytes ?? freemem();
  if (estimatedBytes > limit) {
    throw new BastionError('model_too_large', `The model needs about ${mib(estimatedBytes)} MiB of memory; ${mib(limit)} MiB is available.`);
  }
  return { info, fileSize, estimatedBytes };
}

function mib(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
