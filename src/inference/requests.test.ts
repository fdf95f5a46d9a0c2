import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BastionError } from '../errors/registry.js';
import { DEFAULT_MAX_TOKENS, parseChatRequest, parseCompletionRequest, parseEmbeddingRequest } from './requests.js';

const rejectsWith = (fn: () => unknown, param: RegExp): void => {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof BastionError);
    assert.equal(err.code, 'invalid_request');
    assert.match(err.message, param);
    return true;
  });
};

test('chat: defaults, developer role, text parts', () => {
  const r = parseChatRequest({
    model: 'm',
    messages: [{ role: 'developer', content: 'sys' }, { role: 'user', content: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }] }, { role: 'assistant', content: null }],
  });
  assert.deepEqual(r.messages, [{ role: 'system', content: 'sys' }, { role: 'user', content: 'ab' }, { role: 'assistant', content: '' }]);
  assert.equal(r.maxTokens, DEFAULT_MAX_TOKENS);
  assert.equal(r.temperature, 1);
  assert.equal(r.stream, false);
  assert.equal(r.includeUsage, false);
  assert.deepEqual(r.stop, []);
  assert.equal(r.logitBias.size, 0);
});

test('chat: sampling fields', () => {
  const r = parseChatRequest({
    model: 'm', messages: [{ role: 'user', content: 'x' }], max_tokens: 5, max_completion_tokens: 7, temperature: 0, top_p: 0.5, seed: 3,
    stop: ['A', ''], stream: true, stream_options: { include_usage: true }, logit_bias: { 12: -100, 7: 2.5 },
  });
  assert.equal(r.maxTokens, 7);
  assert.equal(r.temperature, 0);
  assert.deepEqual(r.stop, ['A']);
  assert.equal(r.includeUsage, true);
  assert.deepEqual([...r.logitBias], [['7', 2.5], ['12', -100]].map(([k, v]) => [Number(k), v]));
});

test('chat: each wrong field is named', () => {
  const base = { model: 'm', messages: [{ role: 'user', content: 'x' }] };
  rejectsWith(() => parseChatRequest({ ...base, model: undefined }), /^model/);
  rejectsWith(() => parseChatRequest({ ...base, messages: [] }), /^messages/);
  rejectsWith(() => parseChatRequest({ ...base, messages: [{ role: 'tool', content: 'x' }] }), /messages\[0\]\.role/);
  rejectsWith(() => parseChatRequest({ ...base, messages: [{ role: 'user', content: [{ type: 'image_url' }] }] }), /messages\[0\]\.content\[0\]/);
  rejectsWith(() => parseChatRequest({ ...base, max_tokens: 0 }), /^max_tokens/);
  rejectsWith(() => parseChatRequest({ ...base, temperature: 3 }), /^temperature/);
  rejectsWith(() => parseChatRequest({ ...base, n: 2 }), /^n:/);
  rejectsWith(() => parseChatRequest({ ...base, stop: [1] }), /^stop/);
  rejectsWith(() => parseChatRequest({ ...base, stream: 'yes' }), /^stream/);
  rejectsWith(() => parseChatRequest({ ...base, logit_bias: { abc: 1 } }), /^logit_bias/);
  rejectsWith(() => parseChatRequest({ ...base, logit_bias: { 1: 101 } }), /^logit_bias/);
  assert.throws(() => parseChatRequest([]), BastionError);
});

test('completions and embeddings', () => {
  assert.equal(parseCompletionRequest({ model: 'm', prompt: ['p'] }).prompt, 'p');
  rejectsWith(() => parseCompletionRequest({ model: 'm', prompt: ['a', 'b'] }), /^prompt/);
  rejectsWith(() => parseCompletionRequest({ model: 'm', prompt: 'a', echo: true }), /^echo/);
  assert.deepEqual(parseEmbeddingRequest({ model: 'm', input: 'x' }), { model: 'm', input: ['x'], encoding: 'float' });
  assert.equal(parseEmbeddingRequest({ model: 'm', input: ['x'], encoding_format: 'base64' }).encoding, 'base64');
  rejectsWith(() => parseEmbeddingRequest({ model: 'm', input: [] }), /^input/);
  rejectsWith(() => parseEmbeddingRequest({ model: 'm', input: 'x', encoding_format: 'int8' }), /^encoding_format/);
});
