// WeChat's server API as the Official Account uses it: the access token (shared, refreshed when refused), customer-service
// text messages, and media downloads bounded in size.
import type { AccessTokenCache } from '../../../storage/types';

/** The errcodes this transport acts on (WeChat's global return codes). */
export const ERRCODE = {
  invalidToken: 40001,
  expiredToken: 42001,
  outOfWindow: 45015,
  quotaUsed: 45047,
  notFollowing: 43004,
} as const;

/** WeChat answered a call with a non-zero errcode. */
export class WeChatApiError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
    call: string,
  ) {
    super(`WeChat ${call}: errcode ${errcode} (${errmsg})`);
    this.name = 'WeChatApiError';
  }
}

export class MediaTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`WeChat media is larger than ${limitBytes} bytes`);
    this.name = 'MediaTooLargeError';
  }
}

export interface DownloadedMedia {
  content: Buffer;
  contentType: string;
  /** From Content-Disposition, when WeChat gives one. */
  name?: string;
}

export interface WeChatApiOptions {
  apiBase: string;
  appId: string;
  secret: string;
  tokens: AccessTokenCache;
  now?: () => Date;
}

/** Fetched again this long before WeChat says it expires, so no call goes out with a token about to lapse. */
const TOKEN_MARGIN_MS = 5 * 60 * 1000;
/** WeChat answers within seconds; a hung connection must not hold a customer's turn forever. */
const CALL_TIMEOUT_MS = 15_000;

export class WeChatApi {
  /** One token fetch at a time per instance: a second fetch would invalidate the first one's token. */
  private fetching: Promise<string> | undefined;
  private readonly now: () => Date;

  constructor(private readonly options: WeChatApiOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async sendText(openId: string, text: string): Promise<void> {
    await this.withToken('message/custom/send', async (token) => {
      const response = await fetch(this.url('/cgi-bin/message/custom/send', { access_token: token }), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ touser: openId, msgtype: 'text', text: { content: text } }),
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
      return errorOf(await response.json());
    });
  }

  /** The customer's photo, video or file; MediaTooLargeError past `maxBytes`, read no further than that. */
  async downloadMedia(mediaId: string, maxBytes: number): Promise<DownloadedMedia> {
    let media: DownloadedMedia | undefined;
    await this.withToken('media/get', async (token) => {
      const response = await fetch(this.url('/cgi-bin/media/get', { access_token: token, media_id: mediaId }), { signal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      // Errors, and videos (given as a link to fetch), come back as JSON; media itself never does.
      if (contentType === 'application/json' || contentType === 'text/plain') {
        const answer = (await response.json()) as { video_url?: unknown };
        if (typeof answer.video_url === 'string' && /^https?:\/\//.test(answer.video_url)) {
          media = await boundedDownload(await fetch(answer.video_url, { signal: AbortSignal.timeout(CALL_TIMEOUT_MS) }), maxBytes);
          return undefined;
        }
        return errorOf(answer) ?? { errcode: -1, errmsg: 'neither media nor an error' };
      }
      media = await boundedDownload(response, maxBytes);
      return undefined;
    });
    return media!;
  }

  /** Runs `call` with the cached token; if WeChat refuses the token, fetches a new one and runs it once more. */
  private async withToken(name: string, call: (token: string) => Promise<{ errcode: number; errmsg: string } | undefined>): Promise<void> {
    const token = await this.accessToken();
    let failure = await call(token);
    if (failure !== undefined && (failure.errcode === ERRCODE.invalidToken || failure.errcode === ERRCODE.expiredToken)) {
      await this.options.tokens.discard(token);
      failure = await call(await this.accessToken());
    }
    if (failure !== undefined) throw new WeChatApiError(failure.errcode, failure.errmsg, name);
  }

  private async accessToken(): Promise<string> {
    const cached = await this.options.tokens.get();
    if (cached !== undefined) return cached.token;
    this.fetching ??= this.fetchToken().finally(() => (this.fetching = undefined));
    return this.fetching;
  }

  private async fetchToken(): Promise<string> {
    const { appId, secret, tokens } = this.options;
    const response = await fetch(this.url('/cgi-bin/token', { grant_type: 'client_credential', appid: appId, secret }), { signal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
    const answer = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    const failure = errorOf(answer);
    if (failure !== undefined) throw new WeChatApiError(failure.errcode, failure.errmsg, 'token');
    if (typeof answer.access_token !== 'string' || typeof answer.expires_in !== 'number') throw new WeChatApiError(-1, 'no access_token in the answer', 'token');
    const lifetimeMs = Math.max(answer.expires_in * 1000 - TOKEN_MARGIN_MS, answer.expires_in * 500);
    await tokens.put({ token: answer.access_token, expiresAt: new Date(this.now().getTime() + lifetimeMs).toISOString() });
    return answer.access_token;
  }

  private url(path: string, query: Record<string, string>): string {
    return `${this.options.apiBase}${path}?${new URLSearchParams(query).toString()}`;
  }
}

function errorOf(answer: unknown): { errcode: number; errmsg: string } | undefined {
  const { errcode, errmsg } = (answer ?? {}) as { errcode?: unknown; errmsg?: unknown };
  if (typeof errcode !== 'number' || errcode === 0) return undefined;
  return { errcode, errmsg: typeof errmsg === 'string' ? errmsg : '' };
}

async function boundedDownload(response: Response, maxBytes: number): Promise<DownloadedMedia> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new MediaTooLargeError(maxBytes);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part !== undefined && !part.done; part = await reader?.read()) {
    size += part.value.length;
    if (size > maxBytes) {
      await reader?.cancel();
      throw new MediaTooLargeError(maxBytes);
    }
    chunks.push(Buffer.from(part.value));
  }
  const name = /filename="?([^";]+)"?/i.exec(response.headers.get('content-disposition') ?? '')?.[1];
  return {
    content: Buffer.concat(chunks),
    contentType: (response.headers.get('content-type') ?? 'application/octet-stream').split(';')[0]!.trim().toLowerCase(),
    ...(name !== undefined ? { name } : {}),
  };
}
