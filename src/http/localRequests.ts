// Which requests come from this machine itself: what the Emulator endpoint and /metrics trust without credentials.
import type { IncomingHttpHeaders } from 'node:http';
import { BlockList, isIP } from 'node:net';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

// A local reverse proxy makes every request arrive from loopback; these headers say it stands in for someone else.
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'] as const;

/** Is this IP address this machine's own (127.0.0.0/8, ::1, or either written as IPv4-mapped IPv6)? */
export function isLoopbackAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Is this an http(s) URL whose host is this machine (an address above, or `localhost`)? */
export function isLoopbackUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  return host === 'localhost' || isLoopbackAddress(host);
}

/** Did this request reach us straight from this machine: a loopback socket, and no proxy speaking for someone else? */
export function isDirectLocalRequest(remoteAddress: string | undefined, headers: IncomingHttpHeaders): boolean {
  return remoteAddress !== undefined && isLoopbackAddress(remoteAddress) && !PROXY_HEADERS.some((name) => name in headers);
}
