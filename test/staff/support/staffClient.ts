// A staff console as the API sees it: signs in, keeps the session cookie and CSRF token, calls /staff/api, reads the event stream.
export interface StaffEventMessage {
  id?: string;
  event: string;
  data: Record<string, unknown>;
}

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export class StaffClient {
  cookie = '';
  csrfToken = '';

  constructor(readonly baseUrl: string) {}

  static async signIn(baseUrl: string, username: string, password: string): Promise<StaffClient> {
    const client = new StaffClient(baseUrl);
    const answer = await client.login(username, password);
    if (answer.status !== 200) throw new Error(`StaffClient.signIn: ${answer.status} ${JSON.stringify(answer.body)}`);
    return client;
  }

  async login(username: string, password: string): Promise<ApiAnswer<{ csrfToken: string; error?: string }>> {
    const answer = await this.call<{ csrfToken: string }>('POST', '/login', { username, password });
    const setCookie = answer.headers.get('set-cookie');
    if (answer.status === 200 && setCookie) {
      this.cookie = setCookie.split(';')[0];
      this.csrfToken = answer.body.csrfToken;
    }
    return answer;
  }

  get<T = unknown>(path: string): Promise<ApiAnswer<T>> {
    return this.call<T>('GET', path);
  }

  post<T = unknown>(path: string, body?: unknown, headers: Record<string, string> = { 'X-CSRF-Token': this.csrfToken }): Promise<ApiAnswer<T>> {
    return this.call<T>('POST', path, body, headers);
  }

  async call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer<T>> {
    const response = await fetch(`${this.baseUrl}/staff/api${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(this.cookie ? { Cookie: this.cookie } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
  }

  /** Opens the event stream (optionally resuming after `lastEventId`) and records every event. */
  async events(lastEventId?: string): Promise<EventRecorder> {
    const controller = new AbortController();
    const response = await fetch(`${this.baseUrl}/staff/api/events`, {
      headers: { Cookie: this.cookie, ...(lastEventId === undefined ? {} : { 'Last-Event-ID': lastEventId }) },
      signal: controller.signal,
    });
    if (response.status !== 200 || response.body === null) throw new Error(`StaffClient.events: ${response.status}`);
    return new EventRecorder(response.body, controller);
  }
}

export class EventRecorder {
  readonly received: StaffEventMessage[] = [];
  private readonly waiters: Array<() => void> = [];
  private finished = false;
  private readonly finishedWaiters: Array<() => void> = [];

  constructor(body: ReadableStream<Uint8Array>, private readonly controller: AbortController) {
    void this.read(body);
  }

  /** Resolves with the first recorded event matching, waiting for it if need be. */
  waitFor(matches: (event: StaffEventMessage) => boolean, timeoutMs = 10000): Promise<StaffEventMessage> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.received.find(matches);
        if (found === undefined) return false;
        resolve(found);
        return true;
      };
      if (check()) return;
      const timer = setTimeout(() => reject(new Error(`no matching event within ${timeoutMs} ms; got ${this.received.map((event) => event.event).join(', ')}`)), timeoutMs);
      const waiter = () => {
        if (check()) clearTimeout(timer);
        else this.waiters.push(waiter);
      };
      this.waiters.push(waiter);
    });
  }

  close(): void {
    this.controller.abort();
  }

  /** Resolves once the server has ended the stream. */
  ended(timeoutMs = 10000): Promise<void> {
    if (this.finished) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the stream did not end within ${timeoutMs} ms`)), timeoutMs);
      this.finishedWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          this.take(block);
        }
      }
    } catch {
      // Aborted by close().
      return;
    }
    this.finished = true;
    for (const waiter of this.finishedWaiters.splice(0)) waiter();
  }

  private take(block: string): void {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      if (line.startsWith(':') || !line.includes(':')) continue;
      const separator = line.indexOf(':');
      fields.set(line.slice(0, separator), line.slice(separator + 1).replace(/^ /, ''));
    }
    const event = fields.get('event');
    if (event === undefined) return;
    this.received.push({ id: fields.get('id'), event, data: JSON.parse(fields.get('data') ?? '{}') as Record<string, unknown> });
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}
