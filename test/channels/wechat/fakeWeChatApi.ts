// A loopback fake of WeChat for Official Account tests: its server API (token, custom/send, media/get) on 127.0.0.1:0,
// enforcing the customer-service window and quota on a clock the test moves, and the pushes WeChat makes to our
// webhook (signed, and encrypted in safe mode) as a customer's messages and events.
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeAccount {
  appId: string;
  secret: string;
  /** The Token of the server configuration, which signs pushes. */
  token: string;
  /** Safe mode when set. */
  aesKey?: string;
  /** The account's own id (ToUserName). */
  accountId?: string;
}

export interface SentMessage {
  openId: string;
  text: string;
  /** The fake's clock when WeChat accepted it. */
  at: number;
}

export interface StoredMedia {
  content: Buffer;
  contentType: string;
  name: string;
}

interface Window {
  openedAt: number;
  allowance: number;
  lifetimeMs: number;
  sent: number;
}

const TOKEN_LIFETIME_S = 7200;
const HOUR = 60 * 60 * 1000;

export interface PushAnswer {
  status: number;
  body: string;
}

export class FakeWeChat {
  /** Every customer-service message WeChat accepted, in order. */
  readonly sent: SentMessage[] = [];
  /** Every refusal of a custom/send, by errcode. */
  readonly refusals: Array<{ openId: string; errcode: number }> = [];
  tokenFetches = 0;
  mediaDownloads = 0;
  /** Where pushes go: the assistant's POST /wechat. */
  webhook = '';
  private offsetMs = 0;
  private readonly tokens = new Map<string, number>();
  private readonly windows = new Map<string, Window>();
  private readonly unfollowed = new Set<string>();
  private readonly media = new Map<string, StoredMedia>();
  private readonly pushAgent = new http.Agent({ keepAlive: true });
  private readonly waiters: Array<() => void> = [];
  private sendsHeld = false;
  private readonly heldSends: Array<() => void> = [];
  private nextMsgId = 10_000_000_000_000_000n;

  private constructor(
    readonly account: FakeAccount,
    private readonly server: http.Server,
  ) {}

  static async start(account: FakeAccount): Promise<FakeWeChat> {
    const server = http.createServer();
    const fake = new FakeWeChat(account, server);
    server.on('request', (request, response) => fake.answer(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get base(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Every token issued so far stops working (another party fetched one, or WeChat reset them): 40001. */
  invalidateTokens(): void {
    this.tokens.clear();
  }

  addMedia(mediaId: string, media: StoredMedia): void {
    this.media.set(mediaId, media);
  }

  sentTo(openId: string): string[] {
    return this.sent.filter((message) => message.openId === openId).map((message) => message.text);
  }

  /** Resolves once `count` messages have reached `openId` (or throws after `timeoutMs`). */
  async waitForSent(openId: string, count: number, timeoutMs = 30_000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.sentTo(openId).length < count) {
      if (Date.now() > deadline) throw new Error(`FakeWeChat: ${this.sentTo(openId).length} of ${count} messages reached ${openId}: ${JSON.stringify(this.sentTo(openId))}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.sentTo(openId);
  }

  /** The customer writes: WeChat opens a 48-hour window of 5 messages and pushes the text. */
  says(openId: string, text: string, options: { msgId?: string } = {}): Promise<PushAnswer> {
    this.customerMessaged(openId);
    return this.push(this.messageXml(openId, 'text', `<Content><![CDATA[${text}]]></Content>`, options.msgId));
  }

  /** The customer sends a photo or another medium WeChat stored under `mediaId`. */
  sendsMedia(openId: string, kind: 'image' | 'video' | 'voice' | 'file', mediaId: string): Promise<PushAnswer> {
    this.customerMessaged(openId);
    return this.push(this.messageXml(openId, kind, `<MediaId><![CDATA[${mediaId}]]></MediaId>`));
  }

  follows(openId: string): Promise<PushAnswer> {
    this.unfollowed.delete(openId);
    this.customerInteracted(openId);
    return this.push(this.eventXml(openId, 'subscribe'));
  }

  unfollows(openId: string): Promise<PushAnswer> {
    this.customerLeft(openId);
    return this.push(this.eventXml(openId, 'unsubscribe'));
  }

  /** The customer unfollowed, and WeChat has not told the webhook (yet). */
  customerLeft(openId: string): void {
    this.unfollowed.add(openId);
    this.windows.delete(openId);
  }

  clicks(openId: string, key: string): Promise<PushAnswer> {
    this.customerInteracted(openId);
    return this.push(this.eventXml(openId, 'CLICK', `<EventKey><![CDATA[${key}]]></EventKey>`));
  }

  /** A text message's XML as WeChat would push it, for tests that push it themselves (retries). */
  messageXml(openId: string, msgType: string, fields: string, msgId = String(this.nextMsgId++)): string {
    return `${this.header(openId, msgType)}${fields}<MsgId>${msgId}</MsgId></xml>`;
  }

  eventXml(openId: string, event: string, fields = ''): string {
    return `${this.header(openId, 'event')}<Event><![CDATA[${event}]]></Event>${fields}</xml>`;
  }

  /**
   * POSTs `xml` to the webhook as WeChat does: signed, and in safe mode encrypted with msg_signature. `tamper` makes
   * it a forgery: another signature, another msg_signature, or encrypted for another AppID.
   */
  async push(xml: string, tamper: { signature?: string; msgSignature?: string; appId?: string } = {}): Promise<PushAnswer> {
    const { query, timestamp, nonce } = this.signedQuery(tamper.signature);
    let body = xml;
    if (this.account.aesKey !== undefined) {
      const encrypted = encryptPush(this.account.aesKey, xml, tamper.appId ?? this.account.appId);
      body = `<xml><ToUserName><![CDATA[${this.accountId}]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`;
      query.set('encrypt_type', 'aes');
      query.set('msg_signature', tamper.msgSignature ?? sha1Sorted([this.account.token, timestamp, nonce, encrypted]));
    }
    return this.post(query, body);
  }

  /** POSTs any body with a good signature in the query, as a confused or hostile sender might. */
  postRaw(body: string): Promise<PushAnswer> {
    return this.post(this.signedQuery().query, body);
  }

  /** Custom-send calls wait unanswered until `releaseSends` (to see what answers before a reply is out). */
  holdSends(): void {
    this.sendsHeld = true;
  }

  releaseSends(): void {
    this.sendsHeld = false;
    this.heldSends.splice(0).forEach((answer) => answer());
  }

  /** Resolves once a custom-send call is waiting (under `holdSends`). */
  async waitForHeldSend(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.heldSends.length === 0) {
      if (Date.now() > deadline) throw new Error('FakeWeChat: no custom-send call arrived');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private signedQuery(signature?: string): { query: URLSearchParams; timestamp: string; nonce: string } {
    const timestamp = String(Math.floor(this.now() / 1000));
    const nonce = String(Math.floor(Math.random() * 1e9));
    const query = new URLSearchParams({ signature: signature ?? sha1Sorted([this.account.token, timestamp, nonce]), timestamp, nonce, openid: 'ignored-by-tests' });
    return { query, timestamp, nonce };
  }

  /**
   * Pushes go over kept-alive connections, as from the nginx in front of the assistant (deploy/nginx.conf keeps its
   * upstream connections). Node's http client rather than fetch: undici spent up to 150 ms of the sender's own time
   * opening a burst of 20 connections, which `npm run bench:wechat` then reported as the assistant's delay.
   */
  private post(query: URLSearchParams, body: string): Promise<PushAnswer> {
    return new Promise((resolve, reject) => {
      const request = http.request(`${this.webhook}?${query.toString()}`, { method: 'POST', agent: this.pushAgent, headers: { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(body) } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end(body);
    });
  }

  close(): Promise<void> {
    this.pushAgent.destroy();
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private get accountId(): string {
    return this.account.accountId ?? 'gh_0123456789ab';
  }

  private header(openId: string, msgType: string): string {
    const createTime = Math.floor(this.now() / 1000);
    return `<xml><ToUserName><![CDATA[${this.accountId}]]></ToUserName><FromUserName><![CDATA[${openId}]]></FromUserName><CreateTime>${createTime}</CreateTime><MsgType><![CDATA[${msgType}]]></MsgType>`;
  }

  /** WeChat took a message from the customer (opening their window) without pushing it anywhere. */
  customerMessaged(openId: string): void {
    this.windows.set(openId, { openedAt: this.now(), allowance: 5, lifetimeMs: 48 * HOUR, sent: 0 });
  }

  private customerInteracted(openId: string): void {
    const current = this.windows.get(openId);
    if (current !== undefined && this.remaining(current) > 3) return;
    this.windows.set(openId, { openedAt: this.now(), allowance: 3, lifetimeMs: 60_000, sent: 0 });
  }

  private remaining(window: Window): number {
    return this.now() - window.openedAt < window.lifetimeMs ? window.allowance - window.sent : 0;
  }

  private answer(request: http.IncomingMessage, response: http.ServerResponse): void {
    const url = new URL(request.url ?? '/', this.base);
    const reply = (body: unknown) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(body));
    };
    if (url.pathname === '/cgi-bin/token') {
      const { appId, secret } = this.account;
      if (url.searchParams.get('appid') !== appId || url.searchParams.get('secret') !== secret) return reply({ errcode: 40125, errmsg: 'invalid appsecret' });
      this.tokenFetches += 1;
      const token = randomBytes(24).toString('hex');
      this.tokens.set(token, this.now() + TOKEN_LIFETIME_S * 1000);
      return reply({ access_token: token, expires_in: TOKEN_LIFETIME_S });
    }
    const tokenProblem = this.tokenProblem(url.searchParams.get('access_token'));
    if (url.pathname === '/cgi-bin/message/custom/send' && request.method === 'POST') {
      let raw = '';
      request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      request.on('end', () => {
        if (this.sendsHeld) {
          this.heldSends.push(() => this.custom(raw, tokenProblem, reply));
          return;
        }
        this.custom(raw, tokenProblem, reply);
      });
      return;
    }
    if (url.pathname === '/cgi-bin/media/get') {
      if (tokenProblem) return reply(tokenProblem);
      const media = this.media.get(url.searchParams.get('media_id') ?? '');
      if (media === undefined) return reply({ errcode: 40007, errmsg: 'invalid media_id' });
      this.mediaDownloads += 1;
      response.writeHead(200, { 'content-type': media.contentType, 'content-disposition': `attachment; filename="${media.name}"`, 'content-length': media.content.length });
      response.end(media.content);
      return;
    }
    response.statusCode = 404;
    reply({ errcode: 404, errmsg: 'no such API in the fake' });
  }

  private custom(raw: string, tokenProblem: { errcode: number; errmsg: string } | undefined, reply: (body: unknown) => void): void {
    if (tokenProblem) return reply(tokenProblem);
    const body = JSON.parse(raw) as { touser: string; msgtype: string; text?: { content: string } };
    const refusal = this.refusalOf(body);
    if (refusal) {
      this.refusals.push({ openId: body.touser, errcode: refusal.errcode });
      return reply(refusal);
    }
    this.windows.get(body.touser)!.sent += 1;
    this.sent.push({ openId: body.touser, text: body.text!.content, at: this.now() });
    this.waiters.splice(0).forEach((wake) => wake());
    reply({ errcode: 0, errmsg: 'ok' });
  }

  private tokenProblem(token: string | null): { errcode: number; errmsg: string } | undefined {
    const expiresAt = token === null ? undefined : this.tokens.get(token);
    if (expiresAt === undefined) return { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' };
    if (expiresAt <= this.now()) return { errcode: 42001, errmsg: 'access_token expired' };
    return undefined;
  }

  private refusalOf(body: { touser: string; msgtype: string; text?: { content: string } }): { errcode: number; errmsg: string } | undefined {
    if (body.msgtype !== 'text' || typeof body.text?.content !== 'string') return { errcode: 40008, errmsg: 'invalid message type' };
    if (Buffer.byteLength(body.text.content, 'utf8') > 2048) return { errcode: 45002, errmsg: 'content size out of limit' };
    if (this.unfollowed.has(body.touser)) return { errcode: 43004, errmsg: 'require subscribe' };
    const window = this.windows.get(body.touser);
    if (window === undefined || this.now() - window.openedAt >= window.lifetimeMs) return { errcode: 45015, errmsg: 'response out of time limit or subscription is canceled' };
    if (window.sent >= window.allowance) return { errcode: 45047, errmsg: 'out of response count limit' };
    return undefined;
  }
}

export function sha1Sorted(parts: string[]): string {
  return createHash('sha1').update([...parts].sort().join('')).digest('hex');
}

/** WeChat's safe-mode encryption: AES-256-CBC over random(16) + length(4, big-endian) + message + AppID, PKCS#7 to 32 bytes. */
export function encryptPush(encodingAesKey: string, xml: string, appId: string): string {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  const message = Buffer.from(xml, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(message.length);
  const plain = Buffer.concat([randomBytes(16), length, message, Buffer.from(appId, 'utf8')]);
  const padding = 32 - (plain.length % 32);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(padding, padding)])), cipher.final()]).toString('base64');
}
