// The official botframework-directlinejs client running in Node against the test server, recording what it receives.
import { DirectLine, type Activity, ConnectionStatus } from 'botframework-directlinejs';
import NodeWebSocket from 'ws';
import XMLHttpRequestForNode from 'xhr2';

/** xhr2 cannot send FormData; browsers can, so this serialises the form the way a browser would. */
class FormDataXMLHttpRequest extends XMLHttpRequestForNode {
  override send(body?: Document | XMLHttpRequestBodyInit | null): void {
    if (!(body instanceof FormData)) return super.send(body);
    const encoded = new Request('http://form.invalid/', { method: 'POST', body });
    void encoded.arrayBuffer().then((bytes) => {
      this.setRequestHeader('Content-Type', encoded.headers.get('content-type') ?? 'multipart/form-data');
      super.send(new Uint8Array(bytes));
    });
  }
}

// directlinejs reads both from the global scope, as in a browser.
Object.assign(globalThis, { WebSocket: NodeWebSocket, XMLHttpRequest: FormDataXMLHttpRequest });

/** An activity as it crossed the wire; directlinejs' own types leave out fields the server sets. */
export interface WireActivity {
  type: string;
  id?: string;
  timestamp?: string;
  text?: string;
  locale?: string;
  replyToId?: string;
  from: { id: string; name?: string; role?: string };
  conversation?: { id: string };
  channelData?: Record<string, unknown>;
  attachments?: Array<{ contentType: string; contentUrl?: string; name?: string; content?: unknown }>;
  suggestedActions?: { actions: Array<{ title?: string; value?: unknown }> };
}

export interface RecordingClient {
  directLine: DirectLine;
  received: WireActivity[];
  /** Resolves with the first received activity matching, waiting for it if need be. */
  waitFor(matches: (activity: WireActivity) => boolean, timeoutMs?: number): Promise<WireActivity>;
  post(activity: Omit<Partial<WireActivity>, 'from'> & { from?: Partial<WireActivity['from']> }): Promise<string>;
  end(): void;
}

export interface ConnectOptions {
  /** A conversation token, or the Direct Line secret as a website backend may use it. */
  token?: string;
  secret?: string;
  conversationId?: string;
  watermark?: string;
  webSocket?: boolean;
  locale?: string;
}

export function connect(domain: string, options: ConnectOptions): RecordingClient {
  const directLine = new DirectLine({
    domain,
    token: options.token,
    secret: options.secret,
    conversationId: options.conversationId,
    watermark: options.watermark,
    webSocket: options.webSocket ?? true,
    pollingInterval: 200,
    conversationStartProperties: options.locale === undefined ? undefined : { locale: options.locale },
    // The shortest of directlinejs' reconnect delays (3 s), so a dropped-stream test need not wait up to 15.
    random: () => 0,
  });
  const received: WireActivity[] = [];
  const waiters = new Set<() => void>();
  const subscription = directLine.activity$.subscribe((activity) => {
    received.push(activity as unknown as WireActivity);
    for (const wake of waiters) wake();
  });
  return {
    directLine,
    received,
    waitFor(matches, timeoutMs = 8000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(matches);
          if (found === undefined) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching activity within ${timeoutMs} ms; received: ${received.map(summary).join(' | ')}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    post(activity) {
      return new Promise((resolve, reject) => {
        directLine
          .postActivity({ type: 'message', from: { id: 'whoever' }, ...activity } as unknown as Activity)
          .subscribe({ next: resolve, error: reject });
      });
    },
    end() {
      subscription.unsubscribe();
      directLine.end();
    },
  };
}

export function waitForStatus(directLine: DirectLine, status: ConnectionStatus, timeoutMs = 8000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`connection never reached status ${ConnectionStatus[status]}`)), timeoutMs);
    const subscription = directLine.connectionStatus$.subscribe((current) => {
      if (current !== status) return;
      clearTimeout(timer);
      setImmediate(() => subscription.unsubscribe());
      resolve();
    });
  });
}

export function fromBot(text: string): (activity: WireActivity) => boolean {
  return (activity) => activity.type === 'message' && activity.from.role === 'bot' && activity.text === text;
}

function summary(activity: WireActivity): string {
  return `${activity.type}/${activity.from.role ?? '?'}: ${activity.text ?? ''}`;
}
