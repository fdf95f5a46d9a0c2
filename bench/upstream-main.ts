// Fake OpenAI-compatible upstream for benchmarks: node bench/upstream-main.ts PORT CHUNKS
import { FakeBackend } from '../src/testkit/fake-backend.js';

const port = Number(process.argv[2] ?? 0);
const chunks = Number(process.argv[3] ?? 20);
const b = new FakeBackend({ models: ['bench-model'], chunks, port, chunkText: (i) => `tok${i} ` });
const url = await b.start();
process.stdout.write(JSON.stringify({ event: 'listening', url }) + '\n');
process.on('SIGTERM', () => void b.stop().then(() => process.exit(0)));
