import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { ENGINES, skipUnless, type Engine } from './engines.js';
import { SecretKey } from '../../src/data/crypto.js';
import { DataKeyUnavailableError, Keyring, rotateMasterKey } from '../../src/data/keyring.js';
import { ensureDataSchema } from '../../src/data/schema.js';
import { dataDb, type DataDb } from '../../src/data/sql.js';
import { ConversationService } from '../../src/data/conversations.js';
import { LegalHolds } from '../../src/data/legal-holds.js';
import { noSecurityEvents } from '../../src/control/events.js';

const caller = (userId: string) => ({ userId, teamId: null, role: 'member' as const, via: 'api' as const });

for (const factory of ENGINES) {
  describe(`keyring on ${factory.name}`, { skip: await skipUnless(factory) }, () => {
    let engine: Engine;
    let db: DataDb;
    before(async () => {
      engine = await factory.open();
      db = dataDb(engine.handle);
      await ensureDataSchema(engine.handle);
    });
    after(async () => engine?.close());

    const service = (keyring: Keyring) => new ConversationService({ db, keyring, holds: new LegalHolds(db), events: noSecurityEvents, adminAccess: 'never' });

    test('one data key per owner, stored wrapped, never in clear', async () => {
      const master = SecretKey.generate();
      const ring = new Keyring(db, { current: master });
      const a1 = await ring.forOwner('u1');
      const a2 = await new Keyring(db, { current: master }).forOwner('u1');
      assert.equal(a1.id, a2.id);
      assert.equal(a1.key.id, a2.key.id);
      const row = await db.get<{ wrapped: Buffer; master_id: string }>('SELECT wrapped, master_id FROM {data_keys} WHERE owner_id = ?', ['u1']);
      assert.equal(row?.master_id, master.id);
      assert.ok(!Buffer.from(row!.wrapped).includes(Buffer.from(a1.key.exportBase64(), 'base64')));
      assert.ok(!JSON.stringify(ring).includes(a1.key.exportBase64()));
      assert.ok(inspect(ring).includes('[REDACTED]'));
      assert.ok(inspect(a1).includes('[REDACTED]'));
    });

    test('rotation re-wraps data keys without touching ciphertexts; the old master is then useless', async () => {
      // The other tests' keys use other masters: clear them so this test sees only its own.
      await db.run('DELETE FROM {data_keys}');
      const oldMaster = SecretKey.generate();
      const svc = service(new Keyring(db, { current: oldMaster }));
      const conv = await svc.create(caller('rot-user'), { model: 'm', title: 'before rotation', messages: [{ role: 'user', content: 'kept across rotation' }] });
      const ctBefore = await db.all<{ content: Buffer }>('SELECT content FROM {data_messages} WHERE conversation_id = ?', [conv.id]);

      const newMaster = SecretKey.generate();
      const progress: number[] = [];
      const report = await rotateMasterKey(db, { current: newMaster, previous: [oldMaster] }, (done) => progress.push(done));
      assert.ok(report.rewrapped >= 1);
      assert.equal(report.unreadable, 0);
      assert.ok(progress.length > 0);
      const ctAfter = await db.all<{ content: Buffer }>('SELECT content FROM {data_messages} WHERE conversation_id = ?', [conv.id]);
      assert.deepEqual(ctAfter.map((r) => Buffer.from(r.content)), ctBefore.map((r) => Buffer.from(r.content)));

      const read = await service(new Keyring(db, { current: newMaster })).get(caller('rot-user'), conv.id);
      assert.equal(read.title, 'before rotation');
      assert.deepEqual(read.messages.map((m) => m.content), ['kept across rotation']);
      await assert.rejects(service(new Keyring(db, { current: oldMaster })).get(caller('rot-user'), conv.id), DataKeyUnavailableError);

      const again = await rotateMasterKey(db, { current: newMaster, previous: [oldMaster] });
      assert.equal(again.rewrapped, 0);
      assert.equal(again.alreadyCurrent, again.total);
      assert.equal(await new Keyring(db, { current: newMaster }).unreadableCount(), 0);
    });

    test('a data key row moved to another owner does not unwrap', async () => {
      const master = SecretKey.generate();
      const ring = new Keyring(db, { current: master });
      await ring.forOwner('swap-a');
      await ring.forOwner('swap-b');
      const a = await db.get<{ wrapped: Buffer }>('SELECT wrapped FROM {data_keys} WHERE owner_id = ?', ['swap-a']);
      await db.run('UPDATE {data_keys} SET wrapped = ? WHERE owner_id = ?', [a!.wrapped, 'swap-b']);
      await assert.rejects(new Keyring(db, { current: master }).forOwner('swap-b'));
    });

    test('forgetting an owner makes their records unreadable (crypto-shredding)', async () => {
      const ring = new Keyring(db, { current: SecretKey.generate() });
      const svc = service(ring);
      const conv = await svc.create(caller('shred'), { model: 'm', messages: [{ role: 'user', content: 'x' }] });
      assert.equal(await ring.forgetOwner('shred'), 1);
      await assert.rejects(svc.get(caller('shred'), conv.id), DataKeyUnavailableError);
    });
  });
}
