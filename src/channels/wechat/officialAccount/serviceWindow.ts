// WeChat's customer-service window (CONTRACT §9): after a customer's message the account may send 5 messages within
// 48 hours; after a follow, a menu click or a scan, 3 within a minute. Pure functions over an OpenID's record.
import type { OfficialAccountCustomer } from '../../../storage/types';

type OpenedBy = NonNullable<OfficialAccountCustomer['window']>['by'];

const WINDOW_RULES: Readonly<Record<OpenedBy, { allowance: number; lifetimeMs: number }>> = {
  message: { allowance: 5, lifetimeMs: 48 * 60 * 60 * 1000 },
  event: { allowance: 3, lifetimeMs: 60 * 1000 },
};

export const NO_CUSTOMER: OfficialAccountCustomer = { held: [] };

/** How many more messages WeChat will take for this customer now; none once they unfollowed. */
export function remainingMessages(customer: OfficialAccountCustomer, now: Date): number {
  const window = customer.window;
  if (customer.unfollowedAt !== undefined || window === undefined) return 0;
  const rule = WINDOW_RULES[window.by];
  if (now.getTime() - Date.parse(window.openedAt) >= rule.lifetimeMs) return 0;
  return Math.max(0, rule.allowance - window.sent);
}

/** The customer interacted: a message opens a fresh window; an event does too unless the open one allows more. */
export function windowOpened(customer: OfficialAccountCustomer, by: OpenedBy, now: Date): OfficialAccountCustomer {
  const fresh = { ...customer, window: { openedAt: now.toISOString(), by, sent: 0 } };
  if (by === 'message') return fresh;
  return remainingMessages(customer, now) > remainingMessages(fresh, now) ? customer : fresh;
}

export function messagesSent(customer: OfficialAccountCustomer, count: number): OfficialAccountCustomer {
  if (customer.window === undefined || count === 0) return customer;
  return { ...customer, window: { ...customer.window, sent: customer.window.sent + count } };
}

/** WeChat refused a message: whatever we counted, nothing more goes out until the customer writes again. */
export function windowClosed(customer: OfficialAccountCustomer): OfficialAccountCustomer {
  if (customer.window === undefined) return customer;
  return { ...customer, window: { ...customer.window, sent: WINDOW_RULES[customer.window.by].allowance } };
}
