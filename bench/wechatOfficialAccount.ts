// The Official Account's delays on the real server over loopback (npm run bench:wechat): for 200 pushed messages, from
// 20 customers writing at once so the NLU is always busy with someone's turn, the time from the push to WeChat's
// `success`, and to the first custom-send reply arriving at the (fake) WeChat API. Median, p99 and worst.
import { startWithOfficialAccount } from '../test/channels/wechat/officialAccount/support/officialAccountAssistant';

const CUSTOMERS = 20;
const MESSAGES_EACH = 10;

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

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function report(name: string, samples: number[]): void {
  const format = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`${name.padEnd(40)} n=${samples.length}  median ${format(percentile(samples, 50))}  p99 ${format(percentile(samples, 99))}  worst ${format(Math.max(...samples))}`);
}

async function main(): Promise<void> {
  const setup = await startWithOfficialAccount();
  const toSuccess: number[] = [];
  const toReply: number[] = [];
  try {
    // One warm-up turn, so the first measured push does not pay for loading what every later one reuses.
    await setup.wechat.says('oWarmUp', '你好');
    await setup.wechat.waitForSent('oWarmUp', 1);

    await Promise.all(
      Array.from({ length: CUSTOMERS }, async (_unused, customer) => {
        const openId = `oBench${customer}`;
        for (let message = 0; message < MESSAGES_EACH; message += 1) {
          const before = setup.wechat.sentTo(openId).length;
          const pushed = Date.now();
          const answer = await setup.wechat.says(openId, LINES[(customer + message) % LINES.length]!);
          toSuccess.push(Date.now() - pushed);
          if (answer.body !== 'success') throw new Error(`push answered ${answer.status} ${answer.body}`);
          await setup.wechat.waitForSent(openId, before + 1, 120_000);
          const firstReply = setup.wechat.sent.filter((sent) => sent.openId === openId)[before]!;
          toReply.push(firstReply.at - pushed);
          // The whole turn leaves before the customer writes again, as a person reading the reply would wait.
          await waitUntilQuiet(() => setup.wechat.sentTo(openId).length);
        }
      }),
    );
    report('push → WeChat receives `success`', toSuccess);
    report('push → first custom-send reply at WeChat', toReply);
    console.log(`refused by WeChat: ${setup.wechat.refusals.length}; token fetches: ${setup.wechat.tokenFetches}`);
  } finally {
    await setup.stop();
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
