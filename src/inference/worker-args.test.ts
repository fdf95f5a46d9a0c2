import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWorkerArgs, UsageError } from './worker-args.js';

test('defaults: loopback, a free port, nothing else set', () => {
  const { options, exitOnStdinClose } = parseWorkerArgs(['--model', 'm.gguf']);
  assert.equal(options.modelPath, 'm.gguf');
  assert.equal(options.host, '127.0.0.1');
  assert.equal(options.port, 0);
  assert.equal(options.threads, undefined);
  assert.equal(options.tls, undefined);
  assert.equal(exitOnStdinClose, false);
});

test('all options parse', () => {
  const { options } = parseWorkerArgs([
    '--model', 'm.gguf', '--listen', '[::1]:8080', '--threads', '2', '--sequences', '4', '--context-size', '1024',
    '--max-queue', '0', '--memory-limit', '512', '--model-id', 'demo', '--system-prompt', 'Be brief.', '--exit-on-stdin-close',
  ]);
  assert.equal(options.host, '::1');
  assert.equal(options.port, 8080);
  assert.equal(options.threads, 2);
  assert.equal(options.sequences, 4);
  assert.equal(options.contextSize, 1024);
  assert.equal(options.maxQueue, 0);
  assert.equal(options.memoryLimitBytes, 512 * 1024 * 1024);
  assert.equal(options.modelId, 'demo');
  assert.equal(options.defaultSystemPrompt, 'Be brief.');
});

test('every problem is reported together', () => {
  assert.throws(() => parseWorkerArgs(['--listen', 'nohost', '--threads', '0', '--sequences', '100', '--tls-cert', '/nonexistent/cert.pem']), (err: unknown) => {
    assert.ok(err instanceof UsageError);
    const text = err.problems.join('\n');
    for (const flag of ['--model', '--listen', '--threads', '--sequences', '--tls-cert']) assert.match(text, new RegExp(flag));
    assert.equal(err.problems.length, 5);
    return true;
  });
  assert.throws(() => parseWorkerArgs(['--model', 'm', '--what']), UsageError);
});
