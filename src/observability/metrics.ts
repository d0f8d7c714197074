// Prometheus metrics for /metrics: process defaults plus what the service team watches.
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  turns: Counter<'channel'>;
  turnErrors: Counter<'channel'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    turns: new Counter({ name: 'assistant_turns_total', help: 'Customer activities processed', labelNames: ['channel'], registers: [registry] }),
    turnErrors: new Counter({ name: 'assistant_turn_errors_total', help: 'Turns that ended in an error', labelNames: ['channel'], registers: [registry] }),
  };
}
