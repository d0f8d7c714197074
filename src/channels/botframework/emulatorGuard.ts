// Without an app id nothing authenticates /api/messages, so it serves only the Bot Framework Emulator on this machine.
import type { IncomingHttpHeaders } from 'node:http';
import { isDirectLocalRequest, isLoopbackUrl } from '../../http/localRequests';

export const EMULATOR_CHANNEL_ID = 'emulator';

export interface EmulatorRequest {
  remoteAddress: string | undefined;
  headers: IncomingHttpHeaders;
  channelId: string;
  serviceUrl: string;
}

/** Why a request is not the local Emulator's, or undefined when it is. */
export function emulatorRefusal(request: EmulatorRequest): string | undefined {
  if (!isDirectLocalRequest(request.remoteAddress, request.headers)) {
    return 'without MicrosoftAppId, /api/messages serves only the Bot Framework Emulator on this machine';
  }
  if (request.channelId !== EMULATOR_CHANNEL_ID) return `without MicrosoftAppId, only channelId "${EMULATOR_CHANNEL_ID}" is accepted`;
  // The bot posts its replies to serviceUrl: anywhere else would let a request make this server call out for it.
  if (!isLoopbackUrl(request.serviceUrl)) return "the Emulator's serviceUrl must be http(s) on this machine";
  return undefined;
}
