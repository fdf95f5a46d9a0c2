/**
 * The llama.cpp engine behind the worker: one model, one context with N
 * sequences (a bounded pool with a FIFO queue in front), the chat wrapper
 * resolved once at load, and an embedding context created on first use.
 */
import { basename } from 'node:path';
import {
  getLlama, resolveChatWrapper, LlamaLogLevel, TokenBias,
  type ChatHistoryItem, type ChatWrapper, type Llama, type LlamaContext, type LlamaContextSequence,
  type LlamaEmbeddingContext, type LlamaModel, type Token,
} from 'node-llama-cpp';
import { BastionError } from '../errors/registry.js';
import { checkModelFile, readModelHeader } from './model-check.js';
import { SlotPool } from './slot-pool.js';
import { DEMO_MODEL_NAME } from './tiny-model.js';
import { TextAssembler } from './text-assembler.js';
import type { ChatMessage, SamplingParams } from './requests.js';

export interface EngineOptions {
  readonly modelPath: string;
  /** Model id served in /v1/models and responses. @default file name without .gguf */
  readonly modelId?: string;
  /** CPU threads for evaluation. @default 1 */
  readonly threads?: number;
  /** Parallel sequences (concurrent generations). @default 2 */
  readonly sequences?: number;
  /** Tokens per sequence. @default min(model training context, 4096) */
  readonly contextSize?: number;
  /** Requests that may wait for a sequence before new ones get inference_queue_full. @default 16 */
  readonly maxQueue?: number;
  /** Memory the model may use, in bytes. @default the machine's free memory */
  readonly memoryLimitBytes?: number;
  /** System prompt added when a chat request has none. @default none */
  readonly defaultSystemPrompt?: string;
}

export type FinishReason = 'stop' | 'length';

/** One generation step: the text released by this token (possibly ''). */
export interface GeneratedPiece {
  readonly text: string;
}

export interface GenerationResult {
  readonly completionTokens: number;
  readonly finishReason: FinishReason;
}

export class InferenceEngine {
  private embedding: Promise<LlamaEmbeddingContext> | undefined;
  private embeddingPool: SlotPool<number> | undefined;
  readonly created = Math.floor(Date.now() / 1000);
  /** Generations that ran to a stop or a length limit, and ones stopped because the client went away. */
  readonly stats = { completed: 0, cancelled: 0 };

  private constructor(
    private readonly llama: Llama,
    private readonly model: LlamaModel,
    private readonly context: LlamaContext,
    private readonly pool: SlotPool<LlamaContextSequence>,
    private readonly chatWrapper: ChatWrapper,
    readonly modelId: string,
    readonly contextSize: number,
    private readonly opts: EngineOptions,
  ) {}

  static async load(opts: EngineOptions): Promise<InferenceEngine> {
    const threads = opts.threads ?? 1;
    const sequences = opts.sequences ?? 2;
    if (!Number.isInteger(threads) || threads < 1) throw new RangeError('threads must be a positive integer');
    if (!Number.isInteger(sequences) || sequences < 1 || sequences > 64) throw new RangeError('sequences must be an integer in [1, 64]');
    const header = await readModelHeader(opts.modelPath);
    const llama = await getLlama({ gpu: false, maxThreads: threads, logLevel: LlamaLogLevel.error, build: 'never' });
    try {
      const checked = await checkModelFile(llama, opts.modelPath, {
        contextSize: opts.contextSize ?? 4096,
        sequences,
        ...(opts.memoryLimitBytes === undefined ? {} : { memoryLimitBytes: opts.memoryLimitBytes }),
      }, header);
      void checked;
      let model: LlamaModel;
      try {
        model = await llama.loadModel({ modelPath: opts.modelPath, gpuLayers: 0 });
      } catch (cause) {
        const tooLarge = /too large|not enough|memory|RAM/i.test(String(cause));
        throw new BastionError(tooLarge ? 'model_too_large' : 'model_file_invalid', `llama.cpp could not load the model: ${String(cause)}`, { cause });
      }
      const contextSize = Math.min(opts.contextSize ?? 4096, model.trainContextSize);
      let context: LlamaContext;
      try {
        context = await model.createContext({ sequences, contextSize, threads, ignoreMemorySafetyChecks: false });
      } catch (cause) {
        await model.dispose();
        throw new BastionError('model_too_large', `The context does not fit in memory: ${String(cause)}`, { cause });
      }
      const seqs: LlamaContextSequence[] = [];
      for (let i = 0; i < sequences; i++) seqs.push(context.getSequence());
      const chatWrapper = resolveChatWrapper(model);
      const modelId = opts.modelId ?? basename(opts.modelPath).replace(/\.gguf$/i, '');
      return new InferenceEngine(llama, model, context, new SlotPool(seqs, opts.maxQueue ?? 16), chatWrapper, modelId, context.contextSize, opts);
    } catch (err) {
      await llama.dispose().catch(() => undefined);
      throw err;
    }
  }

  /** True when serving the generated demo model (it produces random text). */
  get isDemoModel(): boolean { return this.model.fileInfo.metadata.general.name === DEMO_MODEL_NAME; }

  get chatWrapperName(): string { return this.chatWrapper.wrapperName; }
  get sequences(): number { return this.pool.size; }
  get busy(): number { return this.pool.busy; }
  get queued(): number { return this.pool.queued; }

  /** Renders the chat with the model's template and tokenizes it, ending with an open assistant turn. */
  tokenizeChat(messages: readonly ChatMessage[]): Token[] {
    const history: ChatHistoryItem[] = [];
    const sys = this.opts.defaultSystemPrompt;
    if (sys && !messages.some((m) => m.role === 'system')) history.push({ type: 'system', text: sys });
    for (const m of messages) {
      if (m.role === 'system') history.push({ type: 'system', text: m.content });
      else if (m.role === 'user') history.push({ type: 'user', text: m.content });
      else history.push({ type: 'model', response: [m.content] });
    }
    history.push({ type: 'model', response: [] });
    const { contextText } = this.chatWrapper.generateContextState({ chatHistory: history });
    return contextText.tokenize(this.model.tokenizer);
  }

  /** Tokenizes a raw prompt (special tokens as text), with BOS when the model wants it. */
  tokenizePrompt(prompt: string): Token[] {
    const tokens = this.model.tokenize(prompt, false);
    const bos = this.model.tokens.bos;
    return bos !== null && this.model.tokens.shouldPrependBosToken ? [bos, ...tokens] : tokens;
  }

  private tokenBias(bias: ReadonlyMap<number, number>): TokenBias {
    const tb = new TokenBias(this.model.tokenizer);
    for (const [id, value] of bias) tb.set(id as Token, value <= -100 ? 'never' : { logit: value });
    return tb;
  }

  /** Throws invalid_request when a logit_bias key is not a token of this model. */
  checkLogitBias(bias: ReadonlyMap<number, number>): void {
    const vocab = this.model.fileInfo.metadata.tokenizer.ggml.tokens.length;
    for (const id of bias.keys()) {
      if (id >= vocab) throw new BastionError('invalid_request', `logit_bias: token ${id} is not in this model's vocabulary (${vocab} tokens).`);
    }
  }

  /** Throws context_length_exceeded when the prompt leaves no room to generate. */
  checkPromptFits(promptTokens: number): void {
    if (promptTokens >= this.contextSize) {
      throw new BastionError('context_length_exceeded',
        `The prompt is ${promptTokens} tokens; this model's context is ${this.contextSize} tokens.`,
        { details: { prompt_tokens: promptTokens, context_tokens: this.contextSize } });
    }
  }

  /**
   * Waits for a free sequence, then generates. Yields once per generated token
   * (the text it releases may be empty). Aborting the signal stops generation
   * after the current token and returns the sequence to the pool.
   */
  async *generate(prompt: Token[], params: SamplingParams, signal: AbortSignal): AsyncGenerator<GeneratedPiece, GenerationResult> {
    this.checkPromptFits(prompt.length);
    this.checkLogitBias(params.logitBias);
    const seq = await this.pool.acquire(signal);
    let completionTokens = 0;
    let finishReason: FinishReason = 'length';
    try {
      await seq.clearHistory();
      const limit = Math.min(params.maxTokens, this.contextSize - prompt.length);
      const assembler = new TextAssembler((t, last) => this.model.detokenize(t as readonly Token[], false, last as readonly Token[]), params.stop);
      const tokens = seq.evaluate(prompt, {
        ...(params.logitBias.size > 0 ? { tokenBias: this.tokenBias(params.logitBias) } : {}),
        temperature: params.temperature,
        topP: params.topP,
        ...(params.seed === undefined ? {} : { seed: params.seed }),
      });
      for await (const token of tokens) {
        if (signal.aborted) { this.stats.cancelled++; break; }
        if (this.model.isEogToken(token)) { finishReason = 'stop'; break; }
        completionTokens++;
        const text = assembler.push(token);
        if (assembler.hitStop) { finishReason = 'stop'; yield { text }; break; }
        if (completionTokens >= limit) { yield { text: text + assembler.finish() }; break; }
        yield { text };
      }
      if (finishReason === 'stop' && !assembler.hitStop) {
        const rest = assembler.finish();
        if (rest) yield { text: rest };
      }
      if (!signal.aborted) this.stats.completed++;
      return { completionTokens, finishReason };
    } finally {
      this.pool.release(seq);
    }
  }

  /** Embeds each input; one embedding request at a time, queued like generations. */
  async embed(inputs: readonly string[], signal: AbortSignal): Promise<{ vectors: number[][]; promptTokens: number }> {
    const ctx = await this.embeddingContext();
    const pool = this.embeddingPool ??= new SlotPool([0], this.opts.maxQueue ?? 16);
    const counts = inputs.map((s) => this.tokenizePrompt(s).length);
    const longest = Math.max(...counts);
    if (longest > this.contextSize) {
      throw new BastionError('context_length_exceeded', `An input is ${longest} tokens; the embedding context is ${this.contextSize} tokens.`);
    }
    const slot = await pool.acquire(signal);
    try {
      const vectors: number[][] = [];
      for (const input of inputs) {
        if (signal.aborted) throw signal.reason ?? new Error('aborted');
        vectors.push([...(await ctx.getEmbeddingFor(input)).vector]);
      }
      return { vectors, promptTokens: counts.reduce((a, b) => a + b, 0) };
    } finally {
      pool.release(slot);
    }
  }

  private embeddingContext(): Promise<LlamaEmbeddingContext> {
    this.embedding ??= this.model.createEmbeddingContext({ contextSize: this.contextSize, threads: this.opts.threads ?? 1 })
      .catch((cause: unknown) => {
        throw new BastionError('embeddings_not_supported', undefined, { cause });
      });
    return this.embedding;
  }

  async close(): Promise<void> {
    const emb = await this.embedding?.catch(() => undefined);
    await emb?.dispose();
    await this.context.dispose();
    await this.model.dispose();
    await this.llama.dispose();
  }
}
