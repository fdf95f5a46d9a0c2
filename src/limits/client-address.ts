/**
 * The client address used for limits and audit. The socket peer is the
 * client unless that peer is a configured trusted proxy; only then is
 * X-Forwarded-For read, right to left, skipping trusted proxies, and the first
 * untrusted address taken. A client can prepend anything to the header, so
 * left-most entries are never believed. Nothing is trusted by default.
 */
import { BlockList, isIP } from 'node:net';
import type { ConfigProblems } from '../config/problems.js';

const MAX_ADDRESS_LENGTH = 64;
const cache = new WeakMap<readonly string[], BlockList>();

/** Canonical form of an IP address (brackets, port, zone and IPv4-mapped prefix removed), or undefined. */
export function normalizeAddress(raw: string): string | undefined {
  let a = raw.trim();
  if (a.length === 0 || a.length > MAX_ADDRESS_LENGTH) return undefined;
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracket) a = bracket[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  const zone = a.indexOf('%');
  if (zone > 0) a = a.slice(0, zone);
  a = a.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (mapped) a = mapped[1]!;
  return isIP(a) === 0 ? undefined : a;
}

function parseEntry(entry: string): { net: string; prefix: number; family: 'ipv4' | 'ipv6' } | undefined {
  const [addr, bits, extra] = entry.trim().split('/');
  if (extra !== undefined || addr === undefined) return undefined;
  const net = normalizeAddress(addr);
  if (!net) return undefined;
  const family = isIP(net) === 4 ? 'ipv4' : 'ipv6';
  const max = family === 'ipv4' ? 32 : 128;
  if (bits === undefined) return { net, prefix: max, family };
  if (!/^\d{1,3}$/.test(bits) || Number(bits) > max) return undefined;
  return { net, prefix: Number(bits), family };
}

function blockListFor(trusted: readonly string[]): BlockList {
  let list = cache.get(trusted);
  if (!list) {
    list = new BlockList();
    for (const e of trusted) {
      const p = parseEntry(e);
      if (p) list.addSubnet(p.net, p.prefix, p.family);
    }
    cache.set(trusted, list);
  }
  return list;
}

/** Validates a trusted-proxies list (addresses or CIDR ranges, IPv4 or IPv6) for the config loader. */
export function checkTrustedProxies(list: readonly string[], path: string, problems: ConfigProblems): void {
  list.forEach((e, i) => {
    if (!parseEntry(e)) problems.add(`${path}[${i}]`, 'must be an IP address or CIDR range (e.g. 10.0.0.0/8, fd00::/8)');
  });
}

/**
 * @param socketAddress the TCP peer (req.socket.remoteAddress)
 * @param forwardedFor the X-Forwarded-For header, if any
 * @param trustedProxies addresses or CIDR ranges of proxies allowed to set X-Forwarded-For (default none);
 *   pass the same array each time (its parsed form is cached per array)
 */
export function clientAddress(socketAddress: string, forwardedFor: string | undefined, trustedProxies: readonly string[]): string {
  const peer = normalizeAddress(socketAddress) ?? socketAddress;
  if (!forwardedFor || trustedProxies.length === 0) return peer;
  const trusted = blockListFor(trustedProxies);
  const isTrusted = (a: string): boolean => trusted.check(a, isIP(a) === 4 ? 'ipv4' : 'ipv6');
  if (isIP(peer) === 0 || !isTrusted(peer)) return peer;
  const hops = forwardedFor.split(',');
  let candidate = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]!);
    if (!hop) return candidate; // malformed: stop at the last hop a trusted proxy vouched for
    candidate = hop;
    if (!isTrusted(hop)) return hop;
  }
  return candidate;
}
