/**
 * The OpenAI endpoints the worker serves, on top of the engine. Response and
 * stream shapes follow OpenAI's: usage is {prompt_tokens, completion_tokens,
 * total_tokens}; with stream_options.include_usage the last chunk before
 * [DONE] has empty choices and the usage, and earlier chunks carry usage null.
 * A stream emits one chunk per generated token (its text may be empty while a
 * multi-byte character or a possible stop sequence is held back).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Token } from 'node-llama-cpp';
import type { InferenceEngine, GenerationResult } from './engine.js';
import { endEventStream, readJsonBody, sendEvent, sendJson, startEventStream } from './http-io.js';
import { parseChatRequest, parseCompletionRequest, parseEmbeddingRequest, type SamplingParams } from './requests.js';
import { BastionError, toClientError } from '../errors/registry.js';

export interface RequestScope {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly signal: AbortSignal;
  readonly requestId: string;
}

interface Usage { prompt_tokens: number; completion_tokens: number; total_tokens: number }

const usage = (prompt: number, completion: number): Usage =>
  ({ prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion });

function checkModel(engine: InferenceEngine, model: string): void {
  if (model !== engine.modelId) throw new BastionError('model_not_found', `This worker serves "${engine.modelId}" only.`);
}

export function handleModels(engine: InferenceEngine, { res }: RequestScope): void {
  sendJson(res, 200, {
    object: 'list',
    data: [{ id: engine.modelId, object: 'model', created: engine.created, owned_by: 'bastion' }],
  });
}

/** The per-request output format: how a piece of text, the finish and the final body look. */
interface Format {
  readonly idPrefix: string;
  readonly object: string;
  readonly chunkObject: string;
  first?(): Record<string, unknown>;
  piece(text: string): Record<string, unknown>;
  finish(reason: string): Record<string, unknown>;
  whole(text: string, reason: string): Record<string, unknown>;
}

const chatFormat: Format = {
  idPrefix: 'chatcmpl-',
  object: 'chat.completion',
  chunkObject: 'chat.completion.chunk',
  first: () => ({ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }),
  piece: (text) => ({ index: 0, delta: { content: text }, logprobs: null, finish_reason: null }),
  finish: (reason) => ({ index: 0, delta: {}, logprobs: null, finish_reason: reason }),
  whole: (text, reason) => ({ index: 0, message: { role: 'assistant', content: text, refusal: null }, logprobs: null, finish_reason: reason }),
};

const completionFormat: Format = {
  idPrefix: 'cmpl-',
  object: 'text_completion',
  chunkObject: 'text_completion',
  piece: (text) => ({ index: 0, text, logprobs: null, finish_reason: null }),
  finish: (reason) => ({ index: 0, text: '', logprobs: null, finish_reason: reason }),
  whole: (text, reason) => ({ index: 0, text, logprobs: null, finish_reason: reason }),
};

export async function handleChat(engine: InferenceEngine, scope: RequestScope): Promise<void> {
  const body = parseChatRequest(await readJsonBody(scope.req));
  checkModel(engine, body.model);
  await respond(engine, scope, engine.tokenizeChat(body.messages), body, chatFormat);
}

export async function handleCompletion(engine: InferenceEngine, scope: RequestScope): Promise<void> {
  const body = parseCompletionRequest(await readJsonBody(scope.req));
  checkModel(engine, body.model);
  await respond(engine, scope, engine.tokenizePrompt(body.prompt), body, completionFormat);
}

async function respond(engine: InferenceEngine, scope: RequestScope, prompt: Token[], params: SamplingParams, format: Format): Promise<void> {
  const { res, signal } = scope;
  const id = format.idPrefix + randomBytes(12).toString('hex');
  const created = Math.floor(Date.now() / 1000);
  const gen = engine.generate(prompt, params, signal);
  // The first step waits for a sequence and the first token, so queue and
  // context errors still become a proper HTTP status before any byte is sent.
  let step = await gen.next();

  if (!params.stream) {
    let text = '';
    while (!step.done) { text += step.value.text; step = await gen.next(); }
    const result: GenerationResult = step.value;
    if (signal.aborted) return;
    sendJson(res, 200, {
      id, object: format.object, created, model: engine.modelId,
      choices: [format.whole(text, result.finishReason)],
      usage: usage(prompt.length, result.completionTokens),
    });
    return;
  }

  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    id, object: format.chunkObject, created, model: engine.modelId, choices,
    ...(params.includeUsage ? { usage: null } : {}), ...extra,
  });
  startEventStream(res);
  try {
    if (format.first) sendEvent(res, chunk([format.first()]));
    while (!step.done) {
      await sendEvent(res, chunk([format.piece(step.value.text)]));
      step = await gen.next();
    }
  } catch (err) {
    if (!signal.aborted) {
      sendEvent(res, toClientError(err, scope.requestId).body);
      endEventStream(res);
    }
    return;
  }
  const result = step.value;
  if (signal.aborted) return;
  sendEvent(res, chunk([format.finish(result.finishReason)]));
  if (params.includeUsage) sendEvent(res, chunk([], { usage: usage(prompt.length, result.completionTokens) }));
  endEventStream(res);
}

export async function handleEmbeddings(engine: InferenceEngine, scope: RequestScope): Promise<void> {
  const body = parseEmbeddingRequest(await readJsonBody(scope.req));
  checkModel(engine, body.model);
  const { vectors, promptTokens } = await engine.embed(body.input, scope.signal);
  if (scope.signal.aborted) return;
  sendJson(scope.res, 200, {
    object: 'list',
    model: engine.modelId,
    data: vectors.map((v, index) => ({
      object: 'embedding',
      index,
      embedding: body.encoding === 'base64' ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v,
    })),
    usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
  });
}
