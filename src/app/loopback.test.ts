import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isLoopbackHost } from './bastion.js';

test('only loopback listen addresses count as private to this machine', () => {
  for (const h of ['127.0.0.1', '127.10.0.3', 'localhost', '::1']) assert.equal(isLoopbackHost(h), true, h);
  for (const h of ['0.0.0.0', '::', '10.0.0.5', '127.0.0.1.example.com', 'example.com', '128.0.0.1']) assert.equal(isLoopbackHost(h), false, h);
});
