// Guards the output guard against model-written text outside `content`:
// reasoning text, refusals, tool-call arguments and logprobs tokens. The
// canary planted in the system prompt must cut the answer wherever it
// appears, and a secret redacted from the content must not come back through
// another field — streamed or not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestBastion, type TestBastion } from '../../src/testkit/bastion.js';

const SECRET = 'AKIAQWERTYUIOPASDFGH';
type Mode = 'reasoning' | 'refusal' | 'audio' | 'plain_text_event' | 'tool_args' | 'logprobs_secret' | 'tool_benign';
let mode: Mode = 'reasoning';
let server: Server;
let bastion: TestBastion;
let key: string;

/** The "model" leaks the canary it finds in the system prompt (or a secret) through a side field. */
function answer(body: { stream?: boolean; messages?: Array<{ role: string; content: string }> }): { json: unknown; events: unknown[] } {
  const sys = body.messages?.find((m) => m.role === 'system')?.content ?? '';
  const canary = /bst-canary-[A-Za-z0-9_-]+/.exec(sys)?.[0] ?? 'no-canary';
  const leak = mode === 'logprobs_secret' ? SECRET : canary;
  const half = Math.floor(leak.length / 2);
  const parts = mode === 'tool_benign' ? ['{"city":"Par', 'is","days":3}'] : [`I will not say ${leak.slice(0, half)}`, `${leak.slice(half)} at all.`];
  const content = mode === 'logprobs_secret' ? `the key is ${SECRET}.` : 'Hello.';
  const logprobs = mode === 'logprobs_secret' ? { content: [{ token: 'the key is ', logprob: -0.1, top_logprobs: [] }, { token: SECRET, logprob: -0.1, top_logprobs: [] }] } : null;
  const message: Record<string, unknown> = { role: 'assistant', content };
  if (mode === 'reasoning') message.reasoning_content = parts.join('');
  if (mode === 'refusal') message.refusal = parts.join('');
  if (mode === 'audio') message.audio = { id: 'a1', transcript: parts.join('') };
  if (mode === 'tool_args') message.tool_calls = [{ id: 'c1', type: 'function', function: { name: 'f', arguments: JSON.stringify({ q: parts.join('') }) } }];
  if (mode === 'tool_benign') message.tool_calls = [{ id: 'c1', type: 'function', function: { name: 'f', arguments: parts.join('') } }];
  const json = { id: 'x', object: 'chat.completion', created: 0, model: 'm1', choices: [{ index: 0, message, logprobs, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } };
  const deltas: Array<Record<string, unknown>> = [];
  for (const p of parts) {
    if (mode === 'reasoning') deltas.push({ reasoning_content: p });
    if (mode === 'refusal') deltas.push({ refusal: p });
    if (mode === 'audio') deltas.push({ audio: { transcript: p } });
    if (mode === 'tool_args' || mode === 'tool_benign') deltas.push({ tool_calls: [{ index: 0, ...(p === parts[0] ? { id: 'c1', type: 'function' } : {}), function: { ...(p === parts[0] ? { name: 'f' } : {}), arguments: p } }] });
  }
  const events: unknown[] = [{ choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] }];
  if (mode === 'logprobs_secret') {
    events.push({ choices: [{ index: 0, delta: { content: 'the key is ' }, logprobs: { content: [logprobs?.content[0]] }, finish_reason: null }] });
    events.push({ choices: [{ index: 0, delta: { content: SECRET }, logprobs: { content: [logprobs?.content[1]] }, finish_reason: null }] });
  } else {
    for (const d of deltas) events.push({ choices: [{ index: 0, delta: d, finish_reason: null }] });
  }
  events.push({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
  return { json, events: events.map((e) => ({ id: 'x', object: 'chat.completion.chunk', created: 0, model: 'm1', ...(e as object) })) };
}

before(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => { raw += d; });
    req.on('end', () => {
      if (req.method === 'GET') { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"object":"list","data":[{"id":"m1"}]}'); return; }
      const body = JSON.parse(raw) as { stream?: boolean };
      const a = answer(body);
      if (body.stream && mode === 'plain_text_event') {
        const sys = (body as { messages?: Array<{ role: string; content: string }> }).messages?.find((m) => m.role === 'system')?.content ?? '';
        const canary = /bst-canary-[A-Za-z0-9_-]+/.exec(sys)?.[0] ?? 'no-canary';
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: 'm1', choices: [{ index: 0, delta: { content: 'Hi' }, finish_reason: null }] })}\n\ndata: the marker is ${canary}\n\ndata: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: 'm1', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`);
      } else if (body.stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end(a.events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join('') + 'data: [DONE]\n\n');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(a.json));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  bastion = await startTestBastion({ backends: [`http://127.0.0.1:${port}/v1`] });
  ({ key } = await bastion.key());
});
after(async () => {
  await bastion.stop();
  server.close();
});

async function ask(stream: boolean): Promise<{ status: number; text: string }> {
  const r = await fetch(`${bastion.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: 'm1', stream, logprobs: true, messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'hello' }] }),
  });
  return { status: r.status, text: await r.text() };
}

for (const m of ['reasoning', 'refusal', 'audio', 'tool_args'] as const) {
  for (const stream of [false, true]) {
    test(`a canary leaked through ${m} is cut (${stream ? 'stream' : 'json'})`, async () => {
      mode = m;
      const r = await ask(stream);
      assert.ok(!/bst-canary-/.test(r.text), `the canary reached the client: ${r.text.slice(0, 400)}`);
      assert.match(r.text, /output_blocked/);
    });
  }
}

for (const stream of [false, true]) {
  test(`a secret redacted from content does not come back through logprobs (${stream ? 'stream' : 'json'})`, async () => {
    mode = 'logprobs_secret';
    const r = await ask(stream);
    assert.ok(r.status === 200, r.text.slice(0, 300));
    assert.ok(!r.text.includes(SECRET), `the secret reached the client: ${r.text.slice(0, 600)}`);
  });
}

for (const stream of [false, true]) {
  test(`ordinary tool-call arguments arrive whole (${stream ? 'stream' : 'json'})`, async () => {
    mode = 'tool_benign';
    const r = await ask(stream);
    assert.equal(r.status, 200, r.text.slice(0, 300));
    let args = '';
    if (stream) {
      for (const line of r.text.split('\n')) {
        if (!line.startsWith('data: {')) continue;
        const e = JSON.parse(line.slice(6)) as { choices?: Array<{ delta?: { tool_calls?: Array<{ function?: { arguments?: string } }> } }> };
        for (const ch of e.choices ?? []) for (const tc of ch.delta?.tool_calls ?? []) args += tc.function?.arguments ?? '';
      }
    } else {
      const j = JSON.parse(r.text) as { choices: Array<{ message: { tool_calls: Array<{ function: { arguments: string } }> } }> };
      args = j.choices[0]?.message.tool_calls[0]?.function.arguments ?? '';
    }
    assert.deepEqual(JSON.parse(args), { city: 'Paris', days: 3 });
  });
}

test('a stream event that is not JSON is not passed on unchecked', async () => {
  mode = 'plain_text_event';
  const r = await ask(true);
  assert.equal(r.status, 200);
  assert.ok(!/bst-canary-/.test(r.text), `the canary reached the client: ${r.text.slice(0, 400)}`);
  assert.match(r.text, /"content":"Hi"/);
});
