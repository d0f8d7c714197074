// A process that takes one conversation's turn lock on Redis and never lets go, for a test to kill -9 while it holds it.
// Usage: tsx holdTurnLock.ts <redis-url> <conversation-id>; prints "held" once it holds the lock.
import { createRedisStores } from '../../../src/storage/redis';
import { turnLockKey } from '../../../src/bot/turnPipeline';

async function main(): Promise<void> {
  const [url = '', conversationId = ''] = process.argv.slice(2);
  const stores = await createRedisStores({
    url,
    conversationTtlMs: 60_000,
    staffEventLogSize: 10,
    reportBusHandlerError: () => undefined,
    reportConnectionError: () => undefined,
  });
  await stores.locks.runExclusive(turnLockKey(conversationId), async () => {
    process.stdout.write('held\n');
    await new Promise(() => undefined);
  });
}

void main();
