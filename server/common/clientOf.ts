import { isIPv6 } from 'node:net';
import type { HttpBindings } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** An IPv6 address's /64, its first four groups written out: what one subscriber, even one host, is given. */
function network64(address: string): string {
  // URL writes the address canonically, in hexadecimal groups only, with at most one `::`.
  const canonical = new URL(`http://[${address.split('%')[0]}]/`).hostname.slice(1, -1);
  const [head = '', tail] = canonical.split('::');
  const groups = head === '' ? [] : head.split(':');
  if (tail !== undefined) {
    const tailGroups = tail === '' ? [] : tail.split(':');
    groups.push(...Array<string>(8 - groups.length - tailGroups.length).fill('0'), ...tailGroups);
  }
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/**
 * Who is asking, for what each client may keep at the stand-in: its remote address, an IPv6 one
 * by its /64 (else a single host would be 2^64 clients), an IPv4-mapped one as the IPv4 address.
 * Not a cookie: a client flooding the stand-in would simply send none, or a new one each time.
 * Without an address, every such request is the same client, as all were before.
 */
export function clientKey(address: string | undefined): string {
  if (address === undefined) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1] !== undefined) return mapped[1];
  return isIPv6(address.split('%')[0] ?? '') ? network64(address) : address;
}

/** The client of a request served by @hono/node-server; called directly, it has no connection. */
export function clientOf(c: Context): string {
  const bindings = c.env as Partial<HttpBindings> | undefined;
  return clientKey(bindings?.incoming ? getConnInfo(c).remote.address : undefined);
}
