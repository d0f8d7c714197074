// The Official Account's webhook on the one server (CONTRACT §9): GET /wechat answers WeChat's server verification,
// POST /wechat takes a signed push, answers `success` at once and leaves the work to run after the answer.
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { PushLedger } from '../../../storage/types';
import { signedBy } from './pushSignature';
import { MalformedPushError, pushIdentity, readEncryptedPush, readPush, type Push } from './pushedMessage';
import { decryptPush, ForeignAppIdError, SafeModeError } from './safeMode';
import { TurnStarts } from './turnStarts';

export const WEBHOOK_PATH = '/wechat';

/** WeChat's pushes are a few hundred bytes; nothing larger is a push. */
const MAX_PUSH_BYTES = 64 * 1024;
/** WeChat retries an unanswered push 3 times over about 15 seconds; kept well past that, as the contract asks. */
const REMEMBER_PUSHES_MS = 10 * 60 * 1000;

export interface WebhookDeps {
  account: { appId: string; token: string; aesKey?: string };
  pushes: PushLedger;
  /** The work a push asks for, run after WeChat has its answer (nobody waits for it: its failure is logged). */
  handle: (push: Push) => Promise<void>;
  logger: { warn(details: object, message: string): void; error(details: object, message: string): void };
}

export function createWebhookRouter(deps: WebhookDeps): Router {
  const router = express.Router();
  const { token, aesKey, appId } = deps.account;
  const query = (request: Request, name: string) => (typeof request.query[name] === 'string' ? request.query[name] : undefined);
  const signedByWeChat = (request: Request) => signedBy(query(request, 'signature'), [token, query(request, 'timestamp') ?? '', query(request, 'nonce') ?? '']);
  const refuse = (response: Response, status: number, error: string) => response.status(status).json({ error });

  router.get(WEBHOOK_PATH, (request, response) => {
    if (!signedByWeChat(request)) return refuse(response, 403, 'The signature does not match this account\'s Token.');
    response.type('text/plain').send(query(request, 'echostr') ?? '');
  });

  const turnStarts = new TurnStarts();
  const answeringFirst: RequestHandler = (_request, response, next) => {
    response.once('close', turnStarts.answering());
    next();
  };
  router.post(WEBHOOK_PATH, answeringFirst, express.text({ type: () => true, limit: MAX_PUSH_BYTES }), async (request, response, next) => {
    if (!signedByWeChat(request)) return refuse(response, 403, 'The signature does not match this account\'s Token.');
    const body = typeof request.body === 'string' ? request.body : '';
    let push: Push;
    try {
      push = readPush(aesKey === undefined ? body : decrypted(body, request));
    } catch (error) {
      if (error instanceof ForgedPushError) return refuse(response, 403, error.message);
      if (error instanceof ForeignAppIdError) return refuse(response, 403, 'The push was encrypted for another account.');
      if (error instanceof MalformedPushError || error instanceof SafeModeError) {
        deps.logger.warn({ problem: error.message }, 'WeChat push refused');
        return refuse(response, 400, `Not a WeChat push: ${error.message}`);
      }
      return next(error);
    }
    try {
      // A store that cannot answer gets a 500: WeChat retries, and nothing is lost.
      if (!(await deps.pushes.firstSight(pushIdentity(push), REMEMBER_PUSHES_MS))) return response.type('text/plain').send('success');
    } catch (error) {
      return next(error);
    }
    response.type('text/plain').send('success');
    turnStarts.add(() => {
      deps.handle(push).catch((error: unknown) => deps.logger.error({ err: error instanceof Error ? error.message : String(error), push: push.type }, 'WeChat push failed after it was answered'));
    });
  });

  /** Safe mode: `msg_signature` covers the ciphertext too, and the AppID inside must be ours. */
  function decrypted(body: string, request: Request): string {
    const { encrypted } = readEncryptedPush(body);
    const parts = [token, query(request, 'timestamp') ?? '', query(request, 'nonce') ?? '', encrypted];
    if (!signedBy(query(request, 'msg_signature'), parts)) throw new ForgedPushError('The msg_signature does not match this account\'s Token.');
    return decryptPush(aesKey!, encrypted, appId);
  }

  return router;
}

class ForgedPushError extends Error {}
