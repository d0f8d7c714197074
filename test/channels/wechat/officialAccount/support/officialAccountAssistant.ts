// The real assistant with the Official Account on, talking to a fake WeChat that the test controls.
import type { AddressInfo } from 'node:net';
import { start, type RunningAssistant } from '../../../../../src/index';
import { FakeWeChat, type FakeAccount } from '../../fakeWeChatApi';

export const TEST_ACCOUNT: FakeAccount = { appId: 'wx0123456789abcdef', secret: 'secret-of-the-test-account', token: 'netposa2026' };
export const STAFF_PASSWORD = 'a-good-staff-password';

export interface OfficialAccountSetup {
  wechat: FakeWeChat;
  assistant: RunningAssistant;
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startWithOfficialAccount(account: FakeAccount = TEST_ACCOUNT, env: Record<string, string> = {}): Promise<OfficialAccountSetup> {
  const wechat = await FakeWeChat.start(account);
  const assistant = await start({
    PORT: '0',
    BOT_TODAY: '2026-11-25',
    LOG_LEVEL: 'silent',
    STAFF_ADMIN_PASSWORD: STAFF_PASSWORD,
    WECHAT_OA_APPID: account.appId,
    WECHAT_OA_SECRET: account.secret,
    WECHAT_OA_TOKEN: account.token,
    WECHAT_OA_AES_KEY: account.aesKey,
    WECHAT_API_BASE: wechat.base,
    ...env,
  });
  const baseUrl = `http://127.0.0.1:${(assistant.server.address() as AddressInfo).port}`;
  wechat.webhook = `${baseUrl}/wechat`;
  return {
    wechat,
    assistant,
    baseUrl,
    stop: async () => {
      await assistant.stop();
      await wechat.close();
    },
  };
}
