// GET /staff/api/events: Server-Sent Events for the console. A reconnecting console sends Last-Event-ID and gets what it
// missed from the event log first; `reset` tells it the log no longer reaches back that far (reload the lists).
import type { Request, Response } from 'express';
import type { ConsolePresence, StaffEvent } from '../storage/types';
import type { StaffEvents } from './staffEvents';

export interface StaffEventStreamDeps {
  events: StaffEvents;
  presence: ConsolePresence;
  now: () => Date;
  /** Whose console it is: counted as online, and its stream ends when an administrator ends their sessions. */
  username: string;
  /** Whether the session that opened the stream still lives; checked at every keep-alive. */
  sessionAlive: () => Promise<boolean>;
  keepAliveMs: number;
}

/** Open streams, so that a shutting-down server can end them (an open response would keep it waiting forever). */
export class StaffEventStreams {
  private readonly open = new Set<Response>();

  async serve(request: Request, response: Response, deps: StaffEventStreamDeps): Promise<void> {
    const lastEventId = lastEventIdOf(request);
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // Proxies such as nginx would otherwise hold events back until a buffer fills.
      'X-Accel-Buffering': 'no',
    });
    response.write('retry: 3000\n\n');
    this.open.add(response);

    let lastSent = lastEventId ?? 0;
    let replaying = true;
    const held: StaffEvent[] = [];
    // `live`: not a replay; only a live end of the account's sessions ends this stream (its session is newer than a replayed one).
    const send = (event: StaffEvent, live: boolean) => {
      // Live delivery and the replay overlap; the id says which events the console already has.
      if (event.id <= lastSent) return;
      lastSent = event.id;
      response.write(`id: ${event.id}\nevent: ${event.name}\ndata: ${JSON.stringify({ ...(event.data as object), at: event.at })}\n\n`);
      // Disabled or reset: the console hears why, then the stream ends (reconnecting gets 401).
      if (live && event.name === 'account.sessions_ended' && (event.data as { username?: unknown }).username === deps.username) response.end();
    };
    const keepAlive = setInterval(() => {
      void deps.sessionAlive().then(async (alive) => {
        if (!alive) return response.end();
        await deps.presence.seen(deps.now(), deps.username);
        response.write(': keep-alive\n\n');
      }).catch(() => response.end());
    }, deps.keepAliveMs);
    const closed = new Promise<void>((resolve) => response.on('close', () => resolve()));
    void closed.then(() => {
      clearInterval(keepAlive);
      this.open.delete(response);
    });
    const unsubscribe = await deps.events.subscribe((event) => (replaying ? held.push(event) : send(event, true)));
    // Also when the console went away while the subscription was being set up.
    void closed.then(unsubscribe);
    await deps.presence.seen(deps.now(), deps.username);

    if (lastEventId !== undefined) {
      const missed = await deps.events.since(lastEventId);
      if (missed === undefined) response.write(`event: reset\ndata: {}\n\n`);
      for (const event of missed ?? []) send(event, false);
    }
    replaying = false;
    for (const event of held.splice(0)) send(event, true);
  }

  closeAll(): void {
    for (const response of this.open) response.end();
    this.open.clear();
  }
}

/** Last-Event-ID as EventSource sends it on reconnection (or `?lastEventId=` for a first connection that resumes). */
function lastEventIdOf(request: Request): number | undefined {
  const raw = request.get('last-event-id') ?? (typeof request.query.lastEventId === 'string' ? request.query.lastEventId : undefined);
  return raw !== undefined && /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
}
