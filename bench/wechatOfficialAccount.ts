// The Official Account's delays on the real server over loopback (npm run bench:wechat): for 200 pushed messages, from
// 20 customers writing at once so the NLU is always busy with someone's turn, the time from the push to WeChat's
// `success`, and to the first custom-send reply arriving at the (fake) WeChat API. Median, p99 and worst.
// The assistant runs in a process of its own, as in production: WeChat's side must not share its event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { FakeWeChat } from '../test/channels/wechat/fakeWeChatApi';
import { percentile } from './percentile';
import { TEST_ACCOUNT } from '../test/channels/wechat/officialAccount/support/officialAccountAssistant';

const ROOT = path.join(__dirname, '..');

const CUSTOMERS = 20;
const MESSAGES_EACH = 10;
/** The first burst opens its connections as it pushes, as WeChat would straight to the assistant without nginx. */
const NEW_CONNECTIONS = process.argv.includes('--new-connections');

const LINES = [
  '我的NP-IPC2043序列号NPC21A00012345从杆子上掉下来了，现在没有画面',
  '录像机硬盘不录像了，回放也看不了',
  'is my nvr still under warranty? bought it last March',
  '摄像机晚上红外不亮，画面全黑',
  'where do I send it for repair? I am in Hangzhou',
  '球机不能转动了，云台没反应',
  '1',
  '李伟，13812345678，杭州',
  'the camera keeps rebooting every few minutes',
  '谢谢',
];

function report(name: string, samples: number[]): void {
  const format = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`${name.padEnd(40)} n=${samples.length}  median ${format(percentile(samples, 50))}  p99 ${format(percentile(samples, 99))}  worst ${format(Math.max(...samples))}`);
}

/** `npm start` with the Official Account pointed at the fake; resolves with its base URL once it listens. */
async function startAssistant(wechat: FakeWeChat): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      BOT_TODAY: '2026-11-25',
      LOG_LEVEL: 'info',
      WECHAT_OA_APPID: TEST_ACCOUNT.appId,
      WECHAT_OA_SECRET: TEST_ACCOUNT.secret,
      WECHAT_OA_TOKEN: TEST_ACCOUNT.token,
      WECHAT_API_BASE: wechat.base,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /listening on http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (port === undefined) return;
      child.stdout?.off('data', listen).resume();
      resolve(`http://127.0.0.1:${port}`);
    };
    child.stdout?.on('data', listen);
    child.once('exit', (code) => reject(new Error(`the assistant exited with ${code}: ${output}`)));
  });
  return { child, baseUrl };
}

async function main(): Promise<void> {
  const wechat = await FakeWeChat.start(TEST_ACCOUNT);
  const { child, baseUrl } = await startAssistant(wechat);
  wechat.webhook = `${baseUrl}/wechat`;
  const toSuccess: number[] = [];
  const toReply: number[] = [];
  try {
    // A warm-up customer says every line once, so no measured push pays for code compiled on first use.
    for (const line of LINES) {
      const before = wechat.sentTo('oWarmUp').length;
      await wechat.says('oWarmUp', line);
      await wechat.waitForSent('oWarmUp', before + 1, 120_000);
      await waitUntilQuiet(() => wechat.sentTo('oWarmUp').length);
    }
    // Pushes reach the assistant through nginx's kept-alive upstream connections (deploy/nginx.conf), not one new
    // connection each: the pool is opened here. Node accepts one new connection per pass of its event loop, so a burst
    // of 20 new ones behind busy turns waits up to ~150 ms to be accepted (`--new-connections` shows it), which
    // nginx's pool spares the assistant.
    if (!NEW_CONNECTIONS) await Promise.all(
      Array.from({ length: CUSTOMERS }, async (_unused, customer) => {
        const openId = `oWarmUp${customer}`;
        await wechat.says(openId, LINES[customer % LINES.length]!);
        await wechat.waitForSent(openId, 1, 120_000);
        await waitUntilQuiet(() => wechat.sentTo(openId).length);
      }),
    );

    await Promise.all(
      Array.from({ length: CUSTOMERS }, async (_unused, customer) => {
        const openId = `oBench${customer}`;
        for (let message = 0; message < MESSAGES_EACH; message += 1) {
          const before = wechat.sentTo(openId).length;
          const pushed = Date.now();
          const answer = await wechat.says(openId, LINES[(customer + message) % LINES.length]!);
          toSuccess.push(Date.now() - pushed);
          if (answer.body !== 'success') throw new Error(`push answered ${answer.status} ${answer.body}`);
          await wechat.waitForSent(openId, before + 1, 120_000);
          const firstReply = wechat.sent.filter((sent) => sent.openId === openId)[before]!;
          toReply.push(firstReply.at - pushed);
          // The whole turn leaves before the customer writes again, as a person reading the reply would wait.
          await waitUntilQuiet(() => wechat.sentTo(openId).length);
        }
      }),
    );
    report('push → WeChat receives `success`', toSuccess);
    report('push → first custom-send reply at WeChat', toReply);
    console.log(`refused by WeChat: ${wechat.refusals.length}; token fetches: ${wechat.tokenFetches}`);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await wechat.close();
  }
}

async function waitUntilQuiet(count: () => number): Promise<void> {
  let last = -1;
  while (count() !== last) {
    last = count();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
