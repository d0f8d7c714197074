// The port every way into WeChat provides (the Wechaty bridge, the Official Account): who a customer is and how to reach them.
import type { StoredUpload } from '../../storage/types';

/** The channel id of every WeChat conversation, whichever way in it came through. */
export const WECHAT_CHANNEL_ID = 'wechat';

/** One customer as a way in knows them. */
export interface WeChatCustomer {
  /** Their own id on that way in: the OpenID on the Official Account, the contact id on Wechaty. */
  id: string;
  /** Their WeChat name, if the way in knows it (staff see it). */
  name?: string;
  /**
   * The group they @-mentioned the bot in: the conversation stays their own, but replies go to the group and
   * mention them.
   */
  roomId?: string;
}

/** A message for the customer: text, or a file with its bytes or the upload it is kept as. */
export type WeChatOutgoing =
  | { kind: 'text'; text: string }
  | { kind: 'file'; name: string; mime: string; source: { bytes: Buffer } | { upload: StoredUpload } };

export interface WeChatTransport {
  /** Names the way in inside conversation references, so staff replies go out the way the customer came in. */
  readonly name: string;
  /** Delivers one turn's replies, in order. Rejects when the way in failed to hand them over. */
  send(customer: WeChatCustomer, messages: WeChatOutgoing[]): Promise<void>;
  /**
   * How many messages one turn may use for this customer now; undefined: no limit. At least one is always used:
   * what cannot go out now is the transport's to hold.
   */
  maxMessagesPerTurn(customer: WeChatCustomer): Promise<number | undefined>;
}

/** The conversation of one customer: `wechat:` + their own id, also when they speak in a group. */
export function weChatConversationId(customer: Pick<WeChatCustomer, 'id'>): string {
  return `${WECHAT_CHANNEL_ID}:${customer.id}`;
}
