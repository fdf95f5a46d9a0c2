// Child process for concurrent-open.test.ts: opens the store (running migrations),
// applies an extra namespace, writes one team, prints the revision as JSON.
// Usage: node --import tsx test/store/open-child.ts <dataDir> [databaseUrl] [schema] [label]
import { openStore } from '../../src/store/open.js';
import { runMigrations } from '../../src/store/migrate.js';

const [dataDir = '', databaseUrl = '', schema = '', label = 'child'] = process.argv.slice(2);
const { store, handle } = await openStore({ dataDir, databaseUrl, ...(schema ? { schema } : {}) });
try {
  await runMigrations(handle, 'concurrent_child', [
    { id: '001', sqlite: 'CREATE TABLE child_marks (label TEXT PRIMARY KEY)', postgres: 'CREATE TABLE child_marks (label TEXT PRIMARY KEY)' },
    { id: '002', sqlite: 'CREATE INDEX child_marks_label ON child_marks(label)', postgres: 'CREATE INDEX child_marks_label ON child_marks(label)' },
  ]);
  await store.teams.create({ name: `team-${label}` });
  process.stdout.write(JSON.stringify({ revision: await store.revision() }) + '\n');
} finally {
  await store.close();
}
