// Without an app id nothing authenticates /api/messages, so it serves only the Bot Framework Emulator on this machine.
import type { IncomingHttpHeaders } from 'node:http';
import { BlockList, isIP } from 'node:net';

export const EMULATOR_CHANNEL_ID = 'emulator';

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

export interface EmulatorRequest {
  remoteAddress: string | undefined;
  headers: IncomingHttpHeaders;
  channelId: string;
  serviceUrl: string;
}

/** Why a request is not the local Emulator's, or undefined when it is. */
export function emulatorRefusal(request: EmulatorRequest): string | undefined {
  if (request.remoteAddress === undefined || !isLoopbackAddress(request.remoteAddress) || PROXY_HEADERS.some((name) => name in request.headers)) {
    return 'without MicrosoftAppId, /api/messages serves only the Bot Framework Emulator on this machine';
  }
  if (request.channelId !== EMULATOR_CHANNEL_ID) return `without MicrosoftAppId, only channelId "${EMULATOR_CHANNEL_ID}" is accepted`;
  // The bot posts its replies to serviceUrl: anywhere else would let a request make this server call out for it.
  if (!isLoopbackUrl(request.serviceUrl)) return "the Emulator's serviceUrl must be http(s) on this machine";
  return undefined;
}
