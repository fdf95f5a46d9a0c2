import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { contentRecordFor, promptOf } from './gateway-content.js';

const identity = { keyId: 'k', keyName: 'n', keyPrefix: 'p', userId: 'u1', teamId: 't1', role: 'member' as const, models: null };

describe('contentRecordFor', () => {
  test('offers the guarded body as redacted prompt only when the guard inspected it', () => {
    const ctx = { id: 'req-1', identity, model: 'llama', body: { messages: [{ role: 'user', content: 'card [REDACTED]' }] } };
    const original = [{ role: 'user', content: 'card 4111111111111111' }];
    const inspected = contentRecordFor(ctx, { originalPrompt: original, guardInspected: true, response: 'ok' });
    assert.deepEqual(inspected, {
      requestId: 'req-1', userId: 'u1', teamId: 't1', model: 'llama', prompt: original, response: 'ok',
      redactedPrompt: [{ role: 'user', content: 'card [REDACTED]' }],
    });
    const notInspected = contentRecordFor(ctx, { originalPrompt: original, guardInspected: false, response: 'ok' });
    assert.equal(notInspected && 'redactedPrompt' in notInspected, false);
  });

  test('no identity, no record; prompt shapes per endpoint', () => {
    assert.equal(contentRecordFor({ id: 'r', model: 'm', body: {} }, { originalPrompt: null, guardInspected: true, response: null }), null);
    assert.equal(promptOf({ prompt: 'p' }), 'p');
    assert.deepEqual(promptOf({ input: ['a'] }), ['a']);
    assert.equal(promptOf(undefined), null);
  });
});
