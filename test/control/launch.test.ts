import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

function nodeFlags(words: string[]): string[] {
  return words.filter((w) => w.startsWith('--'));
}

test('npm start and the bastion executable run Node with the same flags', () => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: { start: string } };
  const start = pkg.scripts.start.split(/\s+/);
  assert.equal(start[0], 'node');
  const shebang = readFileSync(new URL('bin/bastion.js', root), 'utf8').split('\n')[0] as string;
  assert.match(shebang, /^#!\/usr\/bin\/env -S node( |$)/);
  const flags = nodeFlags(start.slice(0, start.indexOf('bin/bastion.js')));
  assert.deepEqual(nodeFlags(shebang.split(/\s+/)), flags);
  assert.ok(flags.includes('--max-semi-space-size=8'), 'the young generation cap is part of the launch');
  assert.ok(flags.includes('--no-regexp-tier-up'), 'the guard\'s patterns are compiled on first use, not interpreted first');
});

test('the executable starts through its shebang line', () => {
  // Run the file itself, not `node file`, so the kernel and env(1) read the shebang with its flags.
  const out = execFileSync(new URL('bin/bastion.js', root).pathname, ['--help'], { encoding: 'utf8' });
  assert.match(out, /^Usage: bastion <command>/);
});
