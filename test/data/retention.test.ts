import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES, skipUnless, type Engine } from './engines.js';
import { EventLog } from './harness.js';
import { openDataServices, type DataServices } from '../../src/data/services.js';
import { SecretKey } from '../../src/data/crypto.js';
import { parseDataConfig } from '../../src/data/config.js';
import { ConfigProblems } from '../../src/config/problems.js';
import { startRetentionSchedule, type RetentionProgress, type RetentionReport } from '../../src/data/retention.js';
import type { DataCaller } from '../../src/data/caller.js';

const DAY = 86_400_000;
const T0 = 1_700_000_000_000;
const who = (userId: string, teamId: string): DataCaller => ({ userId, teamId, role: 'member', via: 'api' });
const byClass = (r: RetentionReport, c: string) => r.classes.find((x) => x.dataClass === c);

for (const factory of ENGINES) {
  describe(`retention on ${factory.name}`, { skip: await skipUnless(factory) }, () => {
    let engine: Engine;
    let data: DataServices;
    let clock = T0;
    const events = new EventLog();
    const auditCutoffs: number[] = [];
    let auditFails = false;

    before(async () => {
      engine = await factory.open();
      const problems = new ConfigProblems();
      const config = parseDataConfig({
        retention: { conversations: '10d', content: '5d', auditEvents: '30d', usage: 'forever' },
        contentLogging: { default: 'full' },
      }, 'data', problems);
      assert.deepEqual(problems.list, []);
      data = await openDataServices({
        handle: engine.handle, masterKeys: { current: SecretKey.generate() }, config, events, now: () => clock,
        teamMembers: async (team) => (team === 'team-c' ? ['carol'] : []),
        purgeAuditBefore: async (cutoff) => {
          if (auditFails) throw new Error('audit store down');
          auditCutoffs.push(cutoff);
          return 7;
        },
      });
    });
    after(async () => engine?.close());

    test('purges expired data per class, skipping legal holds, with progress and events', async () => {
      const convs: Record<string, string> = {};
      for (const [u, t] of [['alice', 'team-a'], ['bob', 'team-b'], ['carol', 'team-c'], ['dave', 'team-d']] as const) {
        convs[u] = (await data.conversations.create(who(u, t), { model: 'm', messages: [{ role: 'user', content: `hi from ${u}` }] })).id;
        // Carol's content rows carry no team: her team's hold reaches them through teamMembers.
        await data.contentLog.record({ requestId: `r-${u}`, userId: u, teamId: u === 'carol' ? null : t, model: 'm', prompt: 'p', response: 'r' });
      }
      clock = T0 + 19 * DAY;
      await data.conversations.append(who('dave', 'team-d'), convs.dave as string, [{ role: 'user', content: 'still here' }]);
      await data.holds.place('user', 'bob', 'case 1', 'root');
      await data.holds.place('team', 'team-c', 'case 2', 'root');

      const now = T0 + 20 * DAY;
      const dry = await data.retention.run({ now, dryRun: true });
      assert.equal(dry.dryRun, true);
      assert.equal(dry.activeHolds, 2);
      assert.deepEqual([byClass(dry, 'conversations')?.status, byClass(dry, 'conversations')?.count, byClass(dry, 'conversations')?.held], ['would_purge', 1, 2]);
      assert.deepEqual([byClass(dry, 'content')?.count, byClass(dry, 'content')?.held], [2, 2]);
      assert.equal(byClass(dry, 'auditEvents')?.status, 'suspended_by_legal_hold');
      assert.equal(byClass(dry, 'usage')?.status, 'kept_forever');
      assert.equal(events.of('retention.purge').length, 0, 'a dry run purges nothing');
      assert.equal((await data.conversations.get(who('alice', 'team-a'), convs.alice as string)).messages.length, 1);

      const progress: RetentionProgress[] = [];
      const real = await data.retention.run({ now, onProgress: (p) => progress.push(p) });
      assert.deepEqual([byClass(real, 'conversations')?.status, byClass(real, 'conversations')?.count], ['purged', 1]);
      assert.equal(byClass(real, 'content')?.count, 2);
      assert.equal(byClass(real, 'auditEvents')?.status, 'suspended_by_legal_hold');
      assert.deepEqual(auditCutoffs, []);
      await assert.rejects(data.conversations.get(who('alice', 'team-a'), convs.alice as string), { code: 'resource_not_found' });
      const leftMessages = await data.db.all('SELECT id FROM {data_messages} WHERE conversation_id = ?', [convs.alice as string]);
      assert.equal(leftMessages.length, 0);
      for (const u of ['bob', 'carol', 'dave'] as const) {
        assert.ok((await data.conversations.get(who(u, `team-${u[0]}`), convs[u] as string)).id);
      }
      assert.deepEqual((await data.contentLog.listOf('bob')).length, 1);
      assert.deepEqual((await data.contentLog.listOf('carol')).length, 1);
      assert.deepEqual((await data.contentLog.listOf('dave')).length, 0);
      assert.ok(progress.some((p) => p.dataClass === 'conversations' && p.phase === 'done' && p.count === 1));
      const purges = events.of('retention.purge');
      assert.deepEqual(purges.map((e) => [e.details?.dataClass, e.outcome, e.details?.purged]), [['conversations', 'success', 1], ['content', 'success', 2]]);

      await data.holds.release('user', 'bob');
      await data.holds.release('team', 'team-c');
      const after = await data.retention.run({ now });
      assert.equal(byClass(after, 'conversations')?.count, 2);
      assert.deepEqual([byClass(after, 'auditEvents')?.status, byClass(after, 'auditEvents')?.count], ['purged', 7]);
      assert.deepEqual(auditCutoffs, [now - 30 * DAY]);
      assert.equal((await data.retention.recentRuns(5))[0]?.id, after.id);
    });

    test('a failing class is reported and emitted; the other classes still run', async () => {
      auditFails = true;
      try {
        const before = events.of('retention.purge').length;
        const r = await data.retention.run({ now: T0 + 40 * DAY });
        assert.equal(byClass(r, 'auditEvents')?.status, 'failed');
        assert.equal(byClass(r, 'auditEvents')?.error, 'audit store down');
        assert.equal(byClass(r, 'conversations')?.status, 'purged');
        const failed = events.of('retention.purge').slice(before).filter((e) => e.outcome === 'failure');
        assert.deepEqual(failed.map((e) => e.target?.id), ['auditEvents']);
      } finally { auditFails = false; }
    });
  });
}

describe('retention schedule', () => {
  test('runs repeatedly, never overlapping, and stops', async () => {
    let runs = 0;
    let active = 0;
    let maxActive = 0;
    let resolveTwo!: () => void;
    const two = new Promise<void>((r) => { resolveTwo = r; });
    const report = (): RetentionReport => ({ id: String(runs), startedAt: 0, finishedAt: 0, dryRun: false, activeHolds: 0, classes: [] });
    const errors: unknown[] = [];
    // The schedule's timers are unref'd (they never keep a process alive); this one keeps the test alive.
    const keepAlive = setInterval(() => undefined, 1000);
    const stop = startRetentionSchedule({
      intervalMs: 1, initialDelayMs: 0,
      run: async () => {
        active++; maxActive = Math.max(maxActive, active);
        await new Promise((r) => setTimeout(r, 5));
        active--; runs++;
        if (runs === 2) resolveTwo();
        if (runs === 3) throw new Error('boom');
        return report();
      },
      onError: (e) => errors.push(e),
    });
    await two;
    await stop();
    clearInterval(keepAlive);
    const after = runs;
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(runs, after, 'no run after stop');
    assert.equal(maxActive, 1);
    assert.ok(runs >= 2);
  });
});
