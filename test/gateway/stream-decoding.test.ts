// The stream relay decodes what the backend sends as UTF-8 across chunk boundaries:
// a byte-order mark before the first event and a character split between two
// network writes must not cost an event or a character.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { startTestBastion } from '../../src/testkit/bastion.js';

const servers: Server[] = [];
const cleanup: Array<() => Promise<void>> = [];
after(async () => {
  for (const c of cleanup.reverse()) await c();
  for (const s of servers) await new Promise((r) => s.close(r));
});

const event = (content: string, finish: string | null = null): string =>
  `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`;

/** A backend that writes its SSE answer as the given byte pieces, a few milliseconds apart. */
async function pieceBackend(pieces: Buffer[]): Promise<string> {
  const s = createServer((req, res) => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data: [{ id: 'm', object: 'model' }] }));
      return;
    }
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      let i = 0;
      const next = (): void => {
        if (i === pieces.length) { res.end(); return; }
        res.write(pieces[i++]);
        setTimeout(next, 5);
      };
      next();
    });
  });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as { port: number }).port}/v1`;
}

/** A streamed chat call through Bastion; returns the raw SSE text. */
async function streamedChat(base: string, key: string): Promise<string> {
  const res = await fetch(`${base}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'greet me' }], stream: true }),
  });
  assert.equal(res.status, 200);
  return res.text();
}

test('a byte-order mark and a character split across writes survive the output guard', async () => {
  const text = Buffer.from('\uFEFF' + event('Grüße aus ') + event('Köln', 'stop') + 'data: [DONE]\n\n', 'utf8');
  // Cut inside the two-byte "ü" and inside the BOM, so no piece is valid UTF-8 on its own edges.
  const u = text.indexOf(Buffer.from('ü'));
  const pieces = [text.subarray(0, 2), text.subarray(2, u + 1), text.subarray(u + 1)];
  const url = await pieceBackend(pieces);
  // The default guard is on: every event is parsed and filtered, so an undecoded event would be lost.
  const bastion = await startTestBastion({ yaml: `backends:\n  - { id: b, url: "${url}", models: [m], health: { intervalMs: 0 } }\n` });
  cleanup.push(() => bastion.stop());
  const { key } = await bastion.key();
  const body = await streamedChat(bastion.url, key);
  let content = '';
  for (const ev of body.split('\n\n')) {
    if (!ev.startsWith('data: {')) continue;
    const j = JSON.parse(ev.slice(6)) as { choices?: Array<{ delta?: { content?: string } }>; error?: unknown };
    assert.equal(j.error, undefined, ev);
    for (const c of j.choices ?? []) content += c.delta?.content ?? '';
  }
  assert.equal(content, 'Grüße aus Köln');
  assert.ok(body.trimEnd().endsWith('data: [DONE]'));
});

test('usage the client did not ask for is kept from it however the network cuts the stream (output guard off)', async () => {
  const usage = `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [], usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 } })}\n\n`;
  const text = Buffer.from(event('Grüße ') + event('aus Köln', 'stop') + usage + 'data: [DONE]\n\n', 'utf8');
  const inUsage = text.indexOf(Buffer.from('"usage"'));
  const cuts: number[][] = [[], [inUsage], [inUsage - 30, inUsage + 3], Array.from({ length: Math.floor(text.length / 7) }, (_, i) => 7 * (i + 1))];
  for (const at of cuts) {
    const edges = [0, ...at.filter((x) => x > 0 && x < text.length), text.length];
    const url = await pieceBackend(edges.slice(1).map((e, i) => text.subarray(edges[i], e)));
    const bastion = await startTestBastion({ yaml: `backends:\n  - { id: b, url: "${url}", models: [m], health: { intervalMs: 0 } }\nguard: { enabled: false }\n` });
    cleanup.push(() => bastion.stop());
    const { key } = await bastion.key();
    const body = await streamedChat(bastion.url, key);
    assert.equal(body, event('Grüße ') + event('aus Köln', 'stop') + 'data: [DONE]\n\n', `cut at ${at.join(',')}`);
  }
});
