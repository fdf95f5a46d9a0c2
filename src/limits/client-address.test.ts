import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigProblems } from '../config/problems.js';
import { checkTrustedProxies, clientAddress, normalizeAddress } from './client-address.js';

test('X-Forwarded-For is ignored unless proxies are configured', () => {
  assert.equal(clientAddress('203.0.113.9', '1.2.3.4', []), '203.0.113.9');
});

test('X-Forwarded-For is ignored when the socket peer is not a trusted proxy', () => {
  assert.equal(clientAddress('203.0.113.9', '1.2.3.4', ['10.0.0.0/8']), '203.0.113.9');
});

test('through a trusted proxy the right-most untrusted address is the client', () => {
  const trusted = ['10.0.0.0/8', '192.168.1.1'];
  // the client forged "6.6.6.6"; 198.51.100.7 is what our proxy saw
  assert.equal(clientAddress('10.1.2.3', '6.6.6.6, 198.51.100.7, 192.168.1.1', trusted), '198.51.100.7');
  assert.equal(clientAddress('10.1.2.3', '198.51.100.7', trusted), '198.51.100.7');
});

test('IPv6 ranges, IPv4-mapped peers, brackets and ports are understood', () => {
  assert.equal(clientAddress('::ffff:10.0.0.5', '2001:db8::1', ['10.0.0.0/8']), '2001:db8::1');
  assert.equal(clientAddress('fd00::1', '[2001:DB8::2]:443', ['fd00::/8']), '2001:db8::2');
  assert.equal(clientAddress('fd00::1', '198.51.100.7:5555', ['fd00::/8']), '198.51.100.7');
  assert.equal(clientAddress('::ffff:203.0.113.1', undefined, []), '203.0.113.1');
});

test('a malformed hop stops the walk at the last hop a trusted proxy vouched for', () => {
  assert.equal(clientAddress('10.0.0.1', '198.51.100.7, not-an-ip, 10.0.0.2', ['10.0.0.0/8']), '10.0.0.2');
  assert.equal(clientAddress('10.0.0.1', 'garbage', ['10.0.0.0/8']), '10.0.0.1');
});

test('when every hop is trusted the left-most one is used', () => {
  assert.equal(clientAddress('10.0.0.1', '10.0.0.3, 10.0.0.2', ['10.0.0.0/8']), '10.0.0.3');
});

test('normalizeAddress rejects non-addresses', () => {
  for (const bad of ['', 'localhost', '1.2.3', '1.2.3.4.5', 'x'.repeat(100), '::g']) assert.equal(normalizeAddress(bad), undefined, bad);
  assert.equal(normalizeAddress('fe80::1%eth0'), 'fe80::1');
});

test('checkTrustedProxies reports bad entries with their index', () => {
  const p = new ConfigProblems();
  checkTrustedProxies(['10.0.0.0/8', '10.0.0.0/33', 'proxy.internal', '::1/129', 'fd00::/8'], 'server.trustedProxies', p);
  assert.deepEqual(p.list.map((x) => x.path), ['server.trustedProxies[1]', 'server.trustedProxies[2]', 'server.trustedProxies[3]']);
});
