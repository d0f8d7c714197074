// Mints and checks the signed tokens of Direct Line: conversation tokens (bearer) and stream tickets (in streamUrl).
import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { DirectLineError } from './directLineError';
import { STREAM_TICKET_LIFETIME_SECONDS, TOKEN_LIFETIME_SECONDS } from './directLineLimits';

/** Who may do what with a token: one user, in one conversation. */
export interface ConversationBinding {
  conversationId: string;
  userId: string;
  userName?: string;
  /** Set on tokens handed out once the conversation ran: if it is gone (expired, or lost in a restart), it ended. */
  started?: boolean;
}

export interface IssuedToken {
  token: string;
  conversationId: string;
  expires_in: number;
}

// Different audiences keep a stream ticket from working as a bearer token and the other way round.
const CONVERSATION_AUDIENCE = 'directline:conversation';
const STREAM_AUDIENCE = 'directline:stream';
const MIN_SIGNING_KEY_LENGTH = 32;

// `user` is the claim Web Chat reads to learn its own user id.
const claimsSchema = z.object({
  conv: z.string().min(1),
  user: z.string().min(1),
  name: z.string().optional(),
  started: z.literal(true).optional(),
});

export class DirectLineTokens {
  /**
   * Given a string, jsonwebtoken first tries it as a PEM public key and builds a secret key only once that throws, on
   * every call: a tenth of a Direct Line turn's time. Built once here, the key is used as it is.
   */
  private readonly key: KeyObject;

  constructor(
    signingKey: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    if (signingKey.length < MIN_SIGNING_KEY_LENGTH) {
      throw new Error(`DirectLineTokens: the signing key must be at least ${MIN_SIGNING_KEY_LENGTH} characters`);
    }
    this.key = createSecretKey(Buffer.from(signingKey, 'utf8'));
  }

  /** A token for a brand-new conversation, for a given user or a fresh anonymous one. */
  issueForNewConversation(user?: { id?: string; name?: string }): IssuedToken {
    return this.issueConversationToken(newConversationBinding(user));
  }

  issueConversationToken(binding: ConversationBinding): IssuedToken {
    const token = this.sign(binding, CONVERSATION_AUDIENCE, TOKEN_LIFETIME_SECONDS);
    return { token, conversationId: binding.conversationId, expires_in: TOKEN_LIFETIME_SECONDS };
  }

  /** Throws a 403 DirectLineError: TokenExpired when it has run out, BadToken when it is not one of ours. */
  verifyConversationToken(token: string): ConversationBinding {
    return this.verify(token, CONVERSATION_AUDIENCE);
  }

  issueStreamTicket(binding: ConversationBinding): string {
    return this.sign(binding, STREAM_AUDIENCE, STREAM_TICKET_LIFETIME_SECONDS);
  }

  verifyStreamTicket(ticket: string): ConversationBinding {
    return this.verify(ticket, STREAM_AUDIENCE);
  }

  private sign(binding: ConversationBinding, audience: string, lifetimeSeconds: number): string {
    const claims = { conv: binding.conversationId, user: binding.userId, name: binding.userName, started: binding.started, iat: this.nowSeconds() };
    return jwt.sign(claims, this.key, { algorithm: 'HS256', audience, expiresIn: lifetimeSeconds });
  }

  private verify(token: string, audience: string): ConversationBinding {
    let payload: unknown;
    try {
      payload = jwt.verify(token, this.key, { algorithms: ['HS256'], audience, clockTimestamp: this.nowSeconds() });
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) throw new DirectLineError(403, 'TokenExpired', 'The token has expired.');
      throw new DirectLineError(403, 'BadToken', 'The token is not valid.');
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw new DirectLineError(403, 'BadToken', 'The token is not valid.');
    return { conversationId: claims.data.conv, userId: claims.data.user, userName: claims.data.name, ...(claims.data.started ? { started: true } : {}) };
  }

  private nowSeconds(): number {
    return Math.floor(this.clock().getTime() / 1000);
  }
}

/** A conversation nobody has yet, for a given user or a fresh anonymous one. */
export function newConversationBinding(user?: { id?: string; name?: string }): ConversationBinding {
  return { conversationId: newConversationId(), userId: user?.id ?? newUserId(), userName: user?.name };
}

function newConversationId(): string {
  return randomBytes(18).toString('base64url');
}

// Real Direct Line requires user ids chosen by a website to start with "dl_"; ours follow suit.
function newUserId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}
