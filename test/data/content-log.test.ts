import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES, skipUnless, type Engine } from './engines.js';
import { openDataServices, type DataServices } from '../../src/data/services.js';
import { SecretKey } from '../../src/data/crypto.js';
import { parseDataConfig } from '../../src/data/config.js';
import { ConfigProblems } from '../../src/config/problems.js';

const prompt = [{ role: 'user', content: 'card 4111-1111-1111-1111 please' }];
const redacted = [{ role: 'user', content: 'card [REDACTED:card] please' }];

for (const factory of ENGINES) {
  describe(`content logging on ${factory.name}`, { skip: await skipUnless(factory) }, () => {
    let engine: Engine;
    let data: DataServices;
    before(async () => {
      engine = await factory.open();
      const problems = new ConfigProblems();
      const config = parseDataConfig({
        contentLogging: { default: 'metadata', teams: { t_off: 'off', t_red: 'redacted', t_full: 'full', research: 'full' } },
      }, 'data', problems);
      assert.deepEqual(problems.list, []);
      data = await openDataServices({
        handle: engine.handle, masterKeys: { current: SecretKey.generate() }, config,
        teamName: async (id) => (id === 'team-id-9' ? 'research' : null),
      });
    });
    after(async () => engine?.close());

    const rec = (userId: string, teamId: string | null, extra: Record<string, unknown> = {}) => data.contentLog.record({
      requestId: `req-${userId}`, userId, teamId, model: 'llama', prompt, response: 'Done: 4111-1111-1111-1111', redactedPrompt: redacted, ...extra,
    });

    test('each policy stores exactly what it allows', async () => {
      assert.deepEqual(await rec('u-off', 't_off'), { policy: 'off', storedContent: false });
      assert.deepEqual(await rec('u-meta', null), { policy: 'metadata', storedContent: false });
      assert.deepEqual(await rec('u-red', 't_red'), { policy: 'redacted', storedContent: true });
      assert.deepEqual(await rec('u-full', 't_full'), { policy: 'full', storedContent: true });

      assert.deepEqual(await data.contentLog.listOf('u-off'), []);
      const [meta] = await data.contentLog.listOf('u-meta');
      assert.equal(meta?.prompt, null);
      assert.equal(meta?.response, null);
      assert.equal(meta?.promptChars, JSON.stringify(prompt).length);
      assert.equal(meta?.model, 'llama');

      const [red] = await data.contentLog.listOf('u-red');
      assert.deepEqual(red?.prompt, redacted);
      assert.equal(red?.response, null, 'no redacted response given: the response is not stored');

      const [full] = await data.contentLog.listOf('u-full');
      assert.deepEqual(full?.prompt, prompt);
      assert.equal(full?.response, 'Done: 4111-1111-1111-1111');
    });

    test('teams may be named by name as well as id', async () => {
      assert.deepEqual(await rec('u-named', 'team-id-9'), { policy: 'full', storedContent: true });
      assert.deepEqual(await rec('u-unnamed', 'team-id-10'), { policy: 'metadata', storedContent: false });
    });

    test('redacted policy never falls back to the unredacted prompt', async () => {
      const r = await data.contentLog.record({ requestId: 'r2', userId: 'u-red2', teamId: 't_red', model: 'm', prompt, response: 'x', redactedResponse: 'y' });
      assert.equal(r.storedContent, true);
      const [e] = await data.contentLog.listOf('u-red2');
      assert.equal(e?.prompt, null);
      assert.equal(e?.response, 'y');
    });

    test('stored content is encrypted at rest', async () => {
      const rows = await data.db.all<{ prompt: Buffer | null; response: Buffer | null }>('SELECT prompt, response FROM {data_content}');
      assert.ok(rows.length >= 3);
      for (const r of rows) for (const b of [r.prompt, r.response]) {
        if (b) assert.ok(!Buffer.from(b).toString('latin1').includes('4111'), 'card number visible at rest');
      }
    });
  });
}
