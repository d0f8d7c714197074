// Refuses JSON bodies nested deeper than any real request, before they can overflow the stack.
import type { RequestHandler } from 'express';

// JSON.parse copes with 10,000 levels but JSON.stringify recurses: such a body parses, then overflows the stack
// wherever it is stored or echoed, and the sender's fault would be answered as our own.

/** Far deeper than any activity, card value or console call nests; far shallower than the stack allows. */
export const MAX_JSON_NESTING = 64;

/** Shaped like body-parser's errors (status, type, expose), so every error handler that answers those answers this. */
class JsonTooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
  readonly expose = true;

  constructor() {
    super(`The body nests deeper than ${MAX_JSON_NESTING} levels.`);
    this.name = 'JsonTooDeepError';
  }
}

/** Put after a JSON body parser: refuses a body nested too deeply before any handler touches it. */
export const refuseDeeplyNestedJson: RequestHandler = (request, _response, next) => {
  next(nestsTooDeeply(request.body) ? new JsonTooDeepError() : undefined);
};

/** Walks the value without recursion, so the check itself cannot overflow. */
export function nestsTooDeeply(value: unknown, maxDepth = MAX_JSON_NESTING): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= maxDepth) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}
