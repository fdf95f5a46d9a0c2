// Writes docs/errors.md from the error registry (src/errors/registry.ts).
// Usage: node --import tsx scripts/gen-error-docs.ts
import { writeFileSync } from 'node:fs';
import { ERRORS } from '../src/errors/registry.js';

const rows = Object.entries(ERRORS).map(([code, s]) => `| \`${code}\` | ${s.status} | ${s.type} | ${s.message} |`);
const text = `# Error codes

Every error a client can see has a stable \`code\`, an HTTP status and an OpenAI-style \`type\`, in
OpenAI's error shape:

\`\`\`json
{"error": {"message": "Rate limit exceeded.", "type": "rate_limit_error", "code": "rate_limited", "param": null, "request_id": "…"}}
\`\`\`

Some errors carry extra safe fields (for example \`limit\` on rate limits, \`category\` on guard blocks,
\`param\` on validation errors). Anything that is not in this table reaches a client as \`internal_error\`
(HTTP 500) carrying the request id, and is logged with that id. Mid-stream, the same object arrives as a
final \`data:\` event of the SSE stream.

This file is generated from \`src/errors/registry.ts\` by \`node --import tsx scripts/gen-error-docs.ts\`;
a test fails when the two disagree.

| code | HTTP | type | meaning |
|---|---|---|---|
${rows.join('\n')}
`;
writeFileSync(new URL('../docs/errors.md', import.meta.url), text);
console.log(`docs/errors.md: ${rows.length} codes`);
