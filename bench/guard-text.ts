/**
 * The latency bench's request texts (bench/guard.ts, bench/guard-gates.ts):
 * plain business prose, code, SQL and a German sentence, repeated in a fixed
 * pseudo-random order up to the wanted length.
 */
const SENTENCES = [
  'The quarterly report shows revenue grew by 12 percent compared with last year.',
  'Please review the attached contract and tell me whether the termination clause is fair.',
  'How do I configure nginx as a reverse proxy for a Node.js application on port 3000?',
  'Write a short story about a lighthouse keeper who finds a message in a bottle.',
  'def parse(line):\n    key, _, value = line.partition("=")\n    return key.strip(), value.strip()',
  'Our customer in Lyon reported that the invoice total did not include the discount.',
  'Can you summarise the main arguments of this article about urban cycling infrastructure?',
  'SELECT name, SUM(amount) FROM orders GROUP BY name ORDER BY 2 DESC LIMIT 10;',
  'Die Lieferung kommt voraussichtlich am Dienstag, bitte bestätigen Sie die Adresse.',
  'Contact the support team at support@example.com if the problem persists.',
];

/** A bench text of `len` characters; `seed` picks the sentence order. */
export function benchText(len: number, seed: number): string {
  let s = '';
  let i = seed;
  while (s.length < len) { s += SENTENCES[i % SENTENCES.length] + (i % 3 === 0 ? '\n' : ' '); i = (i * 7 + 3) % 1009; }
  return s.slice(0, len);
}
