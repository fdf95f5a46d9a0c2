/**
 * A tiny llama-architecture GGUF with seeded random weights: a real model
 * llama.cpp loads and runs, small enough to generate on the fly for tests and
 * the out-of-the-box demo. It produces random text.
 *
 * Tokenizer: SentencePiece-style ("llama") with byte fallback: <unk>, <s>,
 * </s>, the 256 byte tokens <0x00>..<0xFF>, the word-boundary piece "▁", and
 * the ChatML control tokens <|im_start|> / <|im_end|>. The chat template is
 * ChatML. The same seed always gives the same bytes.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeGguf, type GgufTensor, type GgufValue } from './gguf-writer.js';
import { mulberry32 } from '../util/prng.js';

export const DEMO_MODEL_FILE = 'bastion-demo-tiny.gguf';
export const DEMO_MODEL_NAME = 'bastion-demo-tiny';
export const DEFAULT_TINY_SEED = 42;

/** What to tell an operator whenever the demo model is serving. */
export const DEMO_MODEL_NOTICE =
  'NOTE: this is the Bastion demo model (random weights): it produces random text. ' +
  'Point Bastion at a real model with --model FILE.gguf, or at an OpenAI-compatible server with --backend URL.';

export const CHATML_TEMPLATE =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

export interface TinyModelShape {
  readonly embedding: number;
  readonly layers: number;
  readonly feedForward: number;
  readonly heads: number;
  readonly kvHeads: number;
  readonly contextLength: number;
}

export const TINY_SHAPE: TinyModelShape = Object.freeze({
  embedding: 64,
  layers: 2,
  feedForward: 128,
  heads: 4,
  kvHeads: 4,
  contextLength: 8192,
});

/** llama.cpp token types. */
const TOKEN_NORMAL = 1;
const TOKEN_UNKNOWN = 2;
const TOKEN_CONTROL = 3;
const TOKEN_BYTE = 6;

export function tinyVocabulary(): { tokens: string[]; types: number[] } {
  const tokens: string[] = ['<unk>', '<s>', '</s>'];
  const types: number[] = [TOKEN_UNKNOWN, TOKEN_CONTROL, TOKEN_CONTROL];
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`);
    types.push(TOKEN_BYTE);
  }
  tokens.push('\u2581', '<|im_start|>', '<|im_end|>');
  types.push(TOKEN_NORMAL, TOKEN_CONTROL, TOKEN_CONTROL);
  return { tokens, types };
}

function outputBias(token: string): number {
  if (token === '\u2581' || token === '<0x0A>') return 0.5;
  if (token === '<|im_end|>') return 0.3;
  const m = /^<0x([0-9A-F]{2})>$/.exec(token);
  const byte = m ? parseInt(m[1] ?? '0', 16) : -1;
  return byte >= 0x20 && byte <= 0x7e ? 0.5 : -0.5;
}

/** Builds the GGUF image for a seed. Pure: same seed, same bytes. */
export function buildTinyModel(seed: number = DEFAULT_TINY_SEED, shape: TinyModelShape = TINY_SHAPE): Buffer {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError('seed must be an integer in [0, 2^32)');
  const rand = mulberry32(seed);
  const { tokens, types } = tinyVocabulary();
  const nVocab = tokens.length;
  const { embedding: d, feedForward: ff, heads, kvHeads, layers } = shape;
  const headDim = d / heads;
  const dKv = headDim * kvHeads;

  const random = (n: number, scale: number): Float32Array => {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = (rand() * 2 - 1) * scale;
    return out;
  };
  const ones = (n: number): Float32Array => new Float32Array(n).fill(1);
  const matrix = (name: string, cols: number, rows: number, scale = 1 / Math.sqrt(cols)): GgufTensor =>
    ({ name, dims: [cols, rows], data: random(cols * rows, scale) });

  // Dimension 0 of every embedding is a large constant that survives the
  // residual stream; the output head reads it to favour printable ASCII, the
  // word boundary and (less) <|im_end|>, so the random text is readable-ish
  // and sometimes ends on its own.
  const embd = matrix('token_embd.weight', d, nVocab, 1);
  for (let t = 0; t < nVocab; t++) embd.data[t * d] = 8;
  const head = matrix('output.weight', d, nVocab);
  tokens.forEach((tok, t) => { head.data[t * d] = outputBias(tok); });

  const tensors: GgufTensor[] = [embd];
  for (let i = 0; i < layers; i++) {
    const p = `blk.${i}`;
    tensors.push(
      { name: `${p}.attn_norm.weight`, dims: [d], data: ones(d) },
      matrix(`${p}.attn_q.weight`, d, d),
      matrix(`${p}.attn_k.weight`, d, dKv),
      matrix(`${p}.attn_v.weight`, d, dKv),
      matrix(`${p}.attn_output.weight`, d, d),
      { name: `${p}.ffn_norm.weight`, dims: [d], data: ones(d) },
      matrix(`${p}.ffn_gate.weight`, d, ff),
      matrix(`${p}.ffn_up.weight`, d, ff),
      matrix(`${p}.ffn_down.weight`, ff, d),
    );
  }
  tensors.push({ name: 'output_norm.weight', dims: [d], data: ones(d) }, head);

  const metadata: Array<[string, GgufValue]> = [
    ['general.architecture', { type: 'string', value: 'llama' }],
    ['general.name', { type: 'string', value: DEMO_MODEL_NAME }],
    ['general.description', { type: 'string', value: 'Bastion demo model: random weights, produces random text.' }],
    ['general.alignment', { type: 'uint32', value: 32 }],
    ['general.file_type', { type: 'uint32', value: 0 }],
    ['llama.vocab_size', { type: 'uint32', value: nVocab }],
    ['llama.context_length', { type: 'uint32', value: shape.contextLength }],
    ['llama.embedding_length', { type: 'uint32', value: d }],
    ['llama.block_count', { type: 'uint32', value: layers }],
    ['llama.feed_forward_length', { type: 'uint32', value: ff }],
    ['llama.rope.dimension_count', { type: 'uint32', value: headDim }],
    ['llama.attention.head_count', { type: 'uint32', value: heads }],
    ['llama.attention.head_count_kv', { type: 'uint32', value: kvHeads }],
    ['llama.attention.layer_norm_rms_epsilon', { type: 'float32', value: 1e-5 }],
    ['llama.rope.freq_base', { type: 'float32', value: 10000 }],
    ['tokenizer.ggml.model', { type: 'string', value: 'llama' }],
    ['tokenizer.ggml.tokens', { type: 'string[]', value: tokens }],
    ['tokenizer.ggml.scores', { type: 'float32[]', value: tokens.map(() => 0) }],
    ['tokenizer.ggml.token_type', { type: 'int32[]', value: types }],
    ['tokenizer.ggml.bos_token_id', { type: 'uint32', value: 1 }],
    ['tokenizer.ggml.eos_token_id', { type: 'uint32', value: tokens.indexOf('<|im_end|>') }],
    ['tokenizer.ggml.unknown_token_id', { type: 'uint32', value: 0 }],
    ['tokenizer.ggml.padding_token_id', { type: 'uint32', value: 0 }],
    ['tokenizer.ggml.add_bos_token', { type: 'bool', value: true }],
    ['tokenizer.ggml.add_eos_token', { type: 'bool', value: false }],
    ['tokenizer.chat_template', { type: 'string', value: CHATML_TEMPLATE }],
  ];
  return writeGguf(metadata, tensors);
}

/** Writes the model to `file` atomically (temp file in the same directory, then rename). */
export async function writeTinyModel(file: string, seed: number = DEFAULT_TINY_SEED): Promise<void> {
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, buildTinyModel(seed), { mode: 0o644 });
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** Ensures `<dataDir>/models/bastion-demo-tiny.gguf` exists (writing it if absent) and returns its path. */
export async function ensureDemoModel(dataDir: string): Promise<string> {
  const dir = join(dataDir, 'models');
  const file = join(dir, DEMO_MODEL_FILE);
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isFile()) return file;
  await mkdir(dir, { recursive: true });
  await writeTinyModel(file);
  return file;
}
