import assert from 'node:assert/strict';
import { type AnswerQuestion, type Reading, opensWithBareNo, readAnswer } from '../../../intents/answers';
import { parseYesNo } from '../../../intents/answers/replies';
import { leadingOption } from '../../../intents/answers/options';
import { createRecognizer } from '../../../intents/recognizer';
import en from '../../../src/i18n/en.json';
import zh from '../../../src/i18n/zh.json';

const recognizer = createRecognizer();
const TODAY = '2026-11-25';

function read(text: string, question: AnswerQuestion): Reading {
  return readAnswer(recognizer.recognize(text, { today: TODAY }), question);
}

const CLAUSE_ORDER = ['abnormal_cause', 'force_majeure', 'improper_use', 'unofficial_software', 'unauthorized_repair', 'unofficial_channel'] as const;
const CHECKLIST = {
  en: CLAUSE_ORDER.map((clause) => en[`screening.item.${clause}`]),
  zh: CLAUSE_ORDER.map((clause) => zh[`screening.item.${clause}`]),
};

/** [reply, question, expected reading] */
type Row = [string, AnswerQuestion, Reading];

function table(rows: readonly Row[]): void {
  for (const [text, question, expected] of rows) {
    it(`reads "${text}" as ${expected.kind}${'picked' in expected ? ` ${expected.picked.join(',')}` : ''}`, () =>
      assert.deepEqual(read(text, question), expected));
  }
}

const YES_NO: AnswerQuestion = { shape: 'yes_no' };
const FIXED: AnswerQuestion = { shape: 'fixed' };

describe('readAnswer', () => {
  describe('to "did that help?"', () => {
    describe('where the first word used to decide', () => {
      it('read "yes I did that, still black" as yes before', () => assert.equal(parseYesNo('yes I did that, still black'), true));
      it('read "还是不行" as no answer before', () => assert.equal(parseYesNo('还是不行'), undefined));
      table([
        ['yes I did that, still black', FIXED, { kind: 'not_fixed', observation: 'yes I did that, still black' }],
        ['ok I\'ll try that', FIXED, { kind: 'will_try' }],
        ['no change', FIXED, { kind: 'not_fixed' }],
        ['fixed, thanks!', FIXED, { kind: 'fixed' }],
        ['I unplugged it for a minute and plugged it back in as you said. It came back but went off again after about ten minutes.', FIXED, { kind: 'not_fixed', observation: 'I unplugged it for a minute and plugged it back in as you said. It came back but went off again after about ten minutes.' }],
        ['nope, same', FIXED, { kind: 'not_fixed' }],
        ['black in the browser too', FIXED, { kind: 'not_fixed', observation: 'black in the browser too' }],
        ['disk model is WD40PURX', FIXED, { kind: 'not_fixed', observation: 'disk model is WD40PURX' }],
        ['I\'ve tried all that, just tell me where to send it', FIXED, { kind: 'already_tried' }],
        ['how much will that cost me?', FIXED, { kind: 'not_an_answer' }],
        ['还是不行', FIXED, { kind: 'not_fixed' }],
        ['好的我去试试', FIXED, { kind: 'will_try' }],
        ['好像好点了又不行了', FIXED, { kind: 'not_fixed' }],
        ['擦过了，没用', FIXED, { kind: 'not_fixed' }],
        ['照样黑屏', FIXED, { kind: 'not_fixed', observation: '照样黑屏' }],
        ['试了，都这样', FIXED, { kind: 'not_fixed' }],
        ['重启了还一样', FIXED, { kind: 'not_fixed' }],
        ['都试过了', FIXED, { kind: 'already_tried' }],
        ['等我看一下', FIXED, { kind: 'will_try' }],
        ['Okay, I will get it checked by our technician.', FIXED, { kind: 'will_try' }],
        ['I will ask our technician to check', FIXED, { kind: 'will_try' }],
        ["found it - IR was set to off in the schedule, someone changed it. switched to auto and it's bright now. thanks!", FIXED, { kind: 'fixed' }],
        ['红外被关了，改成自动以后画面亮了', FIXED, { kind: 'fixed' }],
        ['看了 录像计划只勾了早8到晚10', FIXED, { kind: 'fixed' }],
        ['the recording schedule was only set for office hours, that explains it', FIXED, { kind: 'fixed' }],
        ['oh there was a spider web right over the lens! cleaned it, picture clear now 👍', FIXED, { kind: 'fixed' }],
        ["the PoE switch had one port with no light, moved the cable to another port... and it's back! picture on channel 5 again", FIXED, { kind: 'fixed' }],
        ['wiped the front glass, there was a spider web right across the lens lol. clear now, thanks!', FIXED, { kind: 'fixed' }],
        ["it's back to black after a minute", FIXED, { kind: 'not_fixed', observation: "it's back to black after a minute" }],
        ['I have reset the focus to factory via the web interface. The behaviour remains identical.', FIXED, { kind: 'not_fixed', observation: 'I have reset the focus to factory via the web interface. The behaviour remains identical.' }],
        ['it is the same', FIXED, { kind: 'not_fixed' }],
        ["ok did that. it came back on and it's beeping again, same HDD error", FIXED, { kind: 'not_fixed', observation: "ok did that. it came back on and it's beeping again, same HDD error" }],
        ['it came back on and works again', FIXED, { kind: 'fixed' }],
        ['画面亮了一点，但还是很暗', FIXED, { kind: 'not_fixed', observation: '画面亮了一点，但还是很暗' }],
      ]);
    });
    describe('where the customer writes Scots, South African, Filipino or Australian English', () => {
      table([
        ['Checked the preset settings, nae joy', FIXED, { kind: 'not_fixed', observation: 'Checked the preset settings, nae joy' }],
        ['eish, still nothing on the screen', FIXED, { kind: 'not_fixed', observation: 'eish, still nothing on the screen' }],
        ['Naw, nane o\' that. Naebody\'s been up that pole bar me.', { shape: 'checklist', options: CHECKLIST.en }, { kind: 'none' }],
        ['hindi po', { shape: 'checklist', options: CHECKLIST.en }, { kind: 'none' }],
        ['上礼拜配电室那边电压不稳，跳完第二天它就起不来了。别的没有', { shape: 'checklist', options: CHECKLIST.zh }, { kind: 'choices', picked: [1] }],
        ['No. It has not been dropped, opened or repaired by anyone, and we use only your firmware.', { shape: 'checklist', options: CHECKLIST.en }, { kind: 'none' }],
        ['Aye, go on then', { shape: 'yes_no' }, { kind: 'yes' }],
        ['opo', { shape: 'yes_no' }, { kind: 'yes' }],
        ['yebo, open it', { shape: 'yes_no' }, { kind: 'yes' }],
      ]);
    });
    describe('where the customer writes Sichuan, Northeastern or chat Chinese', () => {
      table([
        ['重启了 还是不得行', FIXED, { kind: 'not_fixed', observation: '重启了 还是不得行' }],
        ['白搭了 还是没画面', FIXED, { kind: 'not_fixed', observation: '白搭了 还是没画面' }],
        ['么得，都么得', { shape: 'checklist', options: CHECKLIST.zh }, { kind: 'none' }],
        ['整吧', YES_NO, { kind: 'yes' }],
        ['阔以 开吧', YES_NO, { kind: 'yes' }],
      ]);
    });
    describe('where the part the step checked is fine, or the customer asks where it is without a question mark', () => {
      table([
        ['the plug looks fine to me', FIXED, { kind: 'not_fixed', observation: 'the plug looks fine to me' }],
        ['网线是好的 插得好好的', FIXED, { kind: 'not_fixed', observation: '网线是好的 插得好好的' }],
        ['硬盘显示正常 容量还有一半', FIXED, { kind: 'not_fixed', observation: '硬盘显示正常 容量还有一半' }],
        ['插头插进去了 插得很牢', FIXED, { kind: 'not_fixed', observation: '插头插进去了 插得很牢' }],
        ['用admin账号登进去了', FIXED, { kind: 'fixed' }],
        ['试了 还是黑 晚上能不能先拿个白光灯补一下？', FIXED, { kind: 'not_fixed', observation: '试了 还是黑 晚上能不能先拿个白光灯补一下？' }],
        ['tried it, still black. can I use a floodlight meanwhile?', FIXED, { kind: 'not_fixed', observation: 'tried it, still black. can I use a floodlight meanwhile?' }],
        ['这个设置在哪个菜单里？', FIXED, { kind: 'not_an_answer' }],
        ['is this thing still under warranty btw? she bought it in march last year', FIXED, { kind: 'not_an_answer' }],
        ['where is that', FIXED, { kind: 'not_an_answer' }],
        ['the picture looks fine now', FIXED, { kind: 'fixed' }],
        ['画面正常了', FIXED, { kind: 'fixed' }],
      ]);
    });
    describe('as before', () => {
      table([
        ['yes', FIXED, { kind: 'fixed' }],
        ['works now', FIXED, { kind: 'fixed' }],
        ['no', FIXED, { kind: 'not_fixed' }],
        ['好了', FIXED, { kind: 'fixed' }],
        ['可以了', FIXED, { kind: 'fixed' }],
        ['没有', FIXED, { kind: 'not_fixed' }],
      ]);
    });
    describe('where a report the head could not place was a miss', () => {
      table([
        ['用admin登进去把我那个账号解锁了，能登了，谢谢啊', FIXED, { kind: 'fixed' }],
        ['I can log in now, thanks', FIXED, { kind: 'fixed' }],
        ['安全模式也进不去', FIXED, { kind: 'not_fixed', observation: '安全模式也进不去' }],
        ['你说的恢复盘我们手上没有', FIXED, { kind: 'not_fixed', observation: '你说的恢复盘我们手上没有' }],
        ['别的摄像机插同一个口是好的', FIXED, { kind: 'not_fixed', observation: '别的摄像机插同一个口是好的' }],
        ['preset call also not work', FIXED, { kind: 'not_fixed', observation: 'preset call also not work' }],
        ['恢复出厂设置了', FIXED, { kind: 'not_fixed', observation: '恢复出厂设置了' }],
        ['好吧', FIXED, { kind: 'will_try' }],
        ['waited 30 min, tried with the password on the installer paper... it works!! thank you', FIXED, { kind: 'fixed' }],
        ['紫色的猴子在洗碗', FIXED, { kind: 'not_an_answer' }],
        ['restarted it, they came back but I think it will happen again', FIXED, { kind: 'not_fixed', observation: 'restarted it, they came back but I think it will happen again' }],
        ['it works for now', FIXED, { kind: 'not_fixed', observation: 'it works for now' }],
        [
          'I have done exactly that: the disk in bay 2 was formatted in the recorder, and the error returned within the hour.',
          FIXED,
          { kind: 'not_fixed', observation: 'I have done exactly that: the disk in bay 2 was formatted in the recorder, and the error returned within the hour.' },
        ],
        ['rebooted it and it came back online', FIXED, { kind: 'fixed' }],
        [
          "OH. she was on channel 1, that's the back yard cam, and on today's date. picked camera 2 and yesterday — there's the guy at 1:04am. it was the neighbour lol. thanks!",
          FIXED,
          { kind: 'fixed' },
        ],
        ['原来是看错通道了，录像找到了，谢谢', FIXED, { kind: 'fixed' }],
        ['Nothing to troubleshoot, everything works.', FIXED, { kind: 'fixed' }],
        ['没坏 不用排查', FIXED, { kind: 'fixed' }],
        ['yes, old server is decommissioned, disk wiped', FIXED, { kind: 'not_fixed', observation: 'yes, old server is decommissioned, disk wiped' }],
        ['yes, the old disk was removed and it records again', FIXED, { kind: 'fixed' }],
        ['yes!', FIXED, { kind: 'fixed' }],
        ['wiped the front glass with a lens cloth - there was a film of white dust from the painters. picture is crisp again! thank you', FIXED, { kind: 'fixed' }],
        ['everything works except channel 3', FIXED, { kind: 'not_fixed', observation: 'everything works except channel 3' }],
        ['the camera shows the wrong date and still no recording', FIXED, { kind: 'not_fixed', observation: 'the camera shows the wrong date and still no recording' }],
        [
          'I have already done that: it ran from a bench supply for an hour, and the reboots continued.',
          FIXED,
          { kind: 'not_fixed', observation: 'I have already done that: it ran from a bench supply for an hour, and the reboots continued.' },
        ],
        ['暂时好了，不知道会不会又掉', FIXED, { kind: 'not_fixed', observation: '暂时好了，不知道会不会又掉' }],
        ['it works now', FIXED, { kind: 'fixed' }],
        ['moved it to another port on the switch... online 20 min now, no drops. seems ok!', FIXED, { kind: 'fixed' }],
        ['yes the lights are on but no picture', FIXED, { kind: 'not_fixed', observation: 'yes the lights are on but no picture' }],
      ]);
    });
    describe('by its buttons', () => {
      table([
        [en['choice.fixed'], { shape: 'fixed', options: [en['choice.fixed'], en['choice.notFixed']] }, { kind: 'fixed' }],
        [en['choice.notFixed'], { shape: 'fixed', options: [en['choice.fixed'], en['choice.notFixed']] }, { kind: 'not_fixed' }],
        [zh['choice.notFixed'], { shape: 'fixed', options: [zh['choice.fixed'], zh['choice.notFixed']] }, { kind: 'not_fixed' }],
        ['2', { shape: 'fixed', options: [zh['choice.fixed'], zh['choice.notFixed']] }, { kind: 'not_fixed' }],
      ]);
    });
  });

  describe('to "shall I open a repair case?"', () => {
    describe('where only button words were accepted', () => {
      table([
        ['开一个吧', YES_NO, { kind: 'yes' }],
        ['go ahead', YES_NO, { kind: 'yes' }],
        ['sure, go ahead', YES_NO, { kind: 'yes' }],
        ['not now', YES_NO, { kind: 'no' }],
        ['let me check first', YES_NO, { kind: 'will_try' }],
        ['not sure', YES_NO, { kind: 'unsure' }],
        ['说不准', YES_NO, { kind: 'unsure' }],
        ['how much will that cost me?', YES_NO, { kind: 'not_an_answer' }],
        ['修要多久？', YES_NO, { kind: 'not_an_answer' }],
        ['yes but how much will it cost?', YES_NO, { kind: 'not_an_answer' }],
      ]);
    });
    describe('where the answer comes first and a condition or a reason after it', () => {
      table([
        ['建吧，先报价', YES_NO, { kind: 'yes' }],
        ['不用，好了', YES_NO, { kind: 'no', nowWorking: true }],
        ['不用，先这样', YES_NO, { kind: 'no' }],
        ['先不开，我观察下', YES_NO, { kind: 'no' }],
        ['先别开 保修的事说清楚再说', YES_NO, { kind: 'no' }],
        ['是整台服务器寄过去还是只寄那块硬盘？整台太重了', YES_NO, { kind: 'not_an_answer' }],
        ['还是不行？', YES_NO, { kind: 'no' }],
        ["hmm not yet, I'll talk to our integrator here first", YES_NO, { kind: 'no' }],
        ['哦，要收费的呀，那我得先跟社区主任商量商量，今天就先不麻烦您开单了，谢谢您啊', YES_NO, { kind: 'no' }],
        ['开吧，我得先跟领导说一声', YES_NO, { kind: 'yes' }],
        ['昨天才到期喔…那算了，不用開單，我自己再買一支新的好了', YES_NO, { kind: 'no' }],
        ['莫得序列号还修不修得嘛 要收钱不', YES_NO, { kind: 'not_an_answer' }],
        ['Not now, thanks', YES_NO, { kind: 'no' }],
        ['yep', YES_NO, { kind: 'yes' }],
        ["no, it's ok now", YES_NO, { kind: 'no', nowWorking: true }],
        ['要钱啊？那算了，不开了，我买个新的', YES_NO, { kind: 'no' }],
        ['how much? forget it', YES_NO, { kind: 'no' }],
        ['不用了，已经好了', YES_NO, { kind: 'no', nowWorking: true }],
        ['no, not yet', YES_NO, { kind: 'no' }],
        ["no need, it's fixed", YES_NO, { kind: 'no', nowWorking: true }],
        ['不用修了，已经好了', YES_NO, { kind: 'no', nowWorking: true }],
        ['不用了 好了', YES_NO, { kind: 'no', nowWorking: true }],
        ['不用 我自己送过去', YES_NO, { kind: 'no' }],
        ['不用了，问题找到了', YES_NO, { kind: 'no', nowWorking: true }],
        ["nah if I have to pay I'll just take it back to the stall and make them swap it", YES_NO, { kind: 'no' }],
        ['nope, leave it', YES_NO, { kind: 'no' }],
        ["Actually, let's not. Haishi installed it and we have a maintenance contract with them, I'll get them to come out.", YES_NO, { kind: 'no' }],
        ['rather not, thanks', YES_NO, { kind: 'no' }],
        ["if we have to pay for it, we'll skip it", YES_NO, { kind: 'no' }],
        ['那算了 不值当修了 我再看看', YES_NO, { kind: 'no' }],
        ['要花钱的话 我还是找卖家换一个', YES_NO, { kind: 'no' }],
      ]);
    });
    describe('where the customer changes their mind, agrees beside a question, or finds it working', () => {
      table([
        ['先不开了吧 我再自己弄弄看……算了算了 还是开吧 弄了一上午了', YES_NO, { kind: 'yes' }],
        ['你先说要多少钱，能修就修', YES_NO, { kind: 'yes' }],
        ['开，但我想先搞清楚为啥要钱', YES_NO, { kind: 'yes' }],
        ['go ahead, send me the quote', YES_NO, { kind: 'yes' }],
        ['Yes, please, but I need to know the cost first.', YES_NO, { kind: 'yes' }],
        ["roughly how much? if its more than 500 I'll just buy a new one", YES_NO, { kind: 'not_an_answer' }],
        ['要钱啊？那算了，不开了，我买个新的', YES_NO, { kind: 'no' }],
        ["no, don't open it", YES_NO, { kind: 'no' }],
        ['hmm not now. let me ask the guy who installed it first, maybe he can fix it. thanks', YES_NO, { kind: 'no' }],
        ['开吧 算了 不开了', YES_NO, { kind: 'no' }],
        ['我先去找找那个盒子 找到了再来找你们 今天先这样', YES_NO, { kind: 'no' }],
        ['no its ok now', YES_NO, { kind: 'no', nowWorking: true }],
        ['yes, but not now', YES_NO, { kind: 'no' }],
        ['修的话要多久？来回寄加上修', YES_NO, { kind: 'not_an_answer' }],
      ]);
    });
    describe('where a bare "yes" came before a request, or a refusal after a condition said in another sentence', () => {
      table([
        ['Yes. Please tell me also what is needed for customs when sending from Kazakhstan.', YES_NO, { kind: 'yes' }],
        ['好的。顺便说下我们那边要开专票', YES_NO, { kind: 'yes' }],
        ['电压不稳又不是我们人为弄的，这也得收钱？', YES_NO, { kind: 'not_an_answer' }],
        ['不用了，修要多久？', YES_NO, { kind: 'no' }],
        ['登记吧', YES_NO, { kind: 'yes' }],
        ['要钱不', YES_NO, { kind: 'not_an_answer' }],
        ['要钱不？', YES_NO, { kind: 'not_an_answer' }],
        ['那就登记嘛', YES_NO, { kind: 'yes' }],
        ['Yes. But not before Monday, we have an event.', YES_NO, { kind: 'not_an_answer' }],
        [
          "Hang on, it's two years from November 2024, isn't it still valid until the end of the month? ...Fine, if the contract date is 4 November then it's gone. Don't open anything, I'll take it up with the installer. Thanks.",
          YES_NO,
          { kind: 'no' },
        ],
      ]);
    });
    describe('where a step was done, could not be done, or worked', () => {
      table([
        ['it moves now!! after reboot ok. thx', FIXED, { kind: 'fixed' }],
        ['点了忘记密码，出来一个二维码，用APP扫了……收到验证码了，改好密码进去了！', FIXED, { kind: 'fixed' }],
        ['手机上我找不到那个设置在哪里', FIXED, { kind: 'not_fixed' }],
        ['算了我弄不来', FIXED, { kind: 'not_fixed' }],
        ["I can't find that setting anywhere", FIXED, { kind: 'not_fixed' }],
        ['晚上去看了 那一圈红灯不亮，以前是能看见一点红的', FIXED, { kind: 'not_fixed', observation: '晚上去看了 那一圈红灯不亮，以前是能看见一点红的' }],
        ['我去看看', FIXED, { kind: 'will_try' }],
        ['Machine code is different now, yes, because new server.', FIXED, { kind: 'not_fixed', observation: 'Machine code is different now, yes, because new server.' }],
        ['yes it works', FIXED, { kind: 'fixed' }],
        ["oh... the schedule is all empty, I think my nephew reset it last week. set it to continuous and it's recording now! thanks", FIXED, { kind: 'fixed' }],
        ["plugged a different camera into the same cable and port, it works. so it's this camera", FIXED, { kind: 'not_fixed', observation: "plugged a different camera into the same cable and port, it works. so it's this camera" }],
        ['换了个别的摄像头接上去就正常了 是这个摄像头的问题', FIXED, { kind: 'not_fixed', observation: '换了个别的摄像头接上去就正常了 是这个摄像头的问题' }],
        ['ah! new router is 192.168.0.x and camera is 192.168.1.64. I change camera IP with the tool and now it is online!! thank you', FIXED, { kind: 'fixed' }],
        ['改了IP 现在在线了', FIXED, { kind: 'fixed' }],
        ["waited 30 min, typed it again slowly — it opened. caps lock was on the whole time. ok I'm in, thanks", FIXED, { kind: 'fixed' }],
        ["I'm in Wuhan, still locked", FIXED, { kind: 'not_fixed', observation: "I'm in Wuhan, still locked" }],
        ['it never comes online', FIXED, { kind: 'not_fixed', observation: 'it never comes online' }],
        ['还是不在线', FIXED, { kind: 'not_fixed', observation: '还是不在线' }],
      ]);
    });
    describe('where the checklist is answered with a rhetorical "who would touch it"', () => {
      table([
        ['没有，墙上装着呢谁碰它，也没拆过', { shape: 'checklist', options: CHECKLIST.zh }, { kind: 'none' }],
        ["no, it's 4 m up the wall, who would touch it", { shape: 'checklist', options: CHECKLIST.en }, { kind: 'none' }],
        ['被人碰了一下，歪了', { shape: 'checklist', options: CHECKLIST.zh }, { kind: 'choices', picked: [1] }],
      ]);
    });
    describe('where the answer asks about an option without saying it happened', () => {
      table([
        ["No, none of those. It's never been knocked down and nobody has opened it. Does rain count? It's an outdoor camera, after all.", { shape: 'checklist', options: CHECKLIST.en }, { kind: 'none' }],
        ['没有，都没有。下雨算不算？', { shape: 'checklist', options: CHECKLIST.zh }, { kind: 'none' }],
        ['it got wet in the rain last week. does that count?', { shape: 'checklist', options: CHECKLIST.en }, { kind: 'choices', picked: [1] }],
        ['Question: if water goes inside from rain, is it covered? Here in spring is very much rain and snow melting. Ours is dry, I just ask for future.', { shape: 'checklist', options: CHECKLIST.en }, { kind: 'not_an_answer' }],
      ]);
    });
    describe('where a "no" before a thing says it is missing', () => {
      table([
        ['No sticker — does that kill the warranty?', YES_NO, { kind: 'not_an_answer' }],
        ['No, not now — how long would it take anyway?', YES_NO, { kind: 'no' }],
        ['Ah, if it is charged then please no. We will buy the disk here in Abuja. Thank you.', YES_NO, { kind: 'no' }],
        ['we will buy a new disk ourselves', YES_NO, { kind: 'no' }],
        ['Go on then.', YES_NO, { kind: 'yes' }],
        ["Hmm, actually no — our installer is coming on Thursday anyway, I'll let him deal with it. Thanks though.", YES_NO, { kind: 'no' }],
      ]);
    });
    describe('where nobody dares or is let touch it', () => {
      table([
        ['没有，我都不敢碰它', { shape: 'checklist', options: CHECKLIST.zh }, { kind: 'none' }],
        ['平时都不让人碰，锁在机柜里', { shape: 'checklist', options: CHECKLIST.zh }, { kind: 'none' }],
        ['不敢说没碰过，上周被梯子碰了一下', { shape: 'checklist', options: CHECKLIST.zh }, { kind: 'choices', picked: [1] }],
      ]);
    });
    describe('where a question of the customer\'s own follows the answer', () => {
      table([
        ['那就报修吧，硬盘要一起寄过去吗？', YES_NO, { kind: 'yes' }],
        ['yes please, do I need to send the power adapter too?', YES_NO, { kind: 'yes' }],
        ['Yes - can you ship it back here afterwards or do I have to collect it in China?', YES_NO, { kind: 'yes' }],
        ['how long does a repair take?', YES_NO, { kind: 'not_an_answer' }],
        ['哦对了 想起来个事 坏之前那天矿上电不稳 来回跳了好几次闸 这个有关系不', YES_NO, { kind: 'not_an_answer' }],
        ['oh by the way, it did fall last week', YES_NO, { kind: 'not_an_answer' }],
        ['对了，开吧', YES_NO, { kind: 'yes' }],
        ['开吧 先报个价 贵了就不修了', YES_NO, { kind: 'yes' }],
        ["go ahead, if it's more than 500 I'll just buy a new one", YES_NO, { kind: 'yes' }],
        ['要钱啊？那就不修了', YES_NO, { kind: 'no' }],
        ['hmm, not sure, let me think', YES_NO, { kind: 'unsure' }],
        ['不确定 我考虑一下', YES_NO, { kind: 'unsure' }],
        ['no, let me think about it', YES_NO, { kind: 'no' }],
        ['修要多少钱啊 贵不贵 贵了俺就不修了', YES_NO, { kind: 'not_an_answer' }],
        [
          'Thank you, but not yet. I would first like to check the audio cable between the dome and the junction box at the weekend. If that does not help I shall come back to you.',
          YES_NO,
          { kind: 'no' },
        ],
        ['thanks, yes please open it', YES_NO, { kind: 'yes' }],
        ['先不开 我也不清楚领导怎么说', YES_NO, { kind: 'no' }],
        ['哦对了 不用开了', YES_NO, { kind: 'no' }],
      ]);
    });
    describe('as before', () => {
      table([
        ['yes', YES_NO, { kind: 'yes' }],
        ['no', YES_NO, { kind: 'no' }],
        ['是的', YES_NO, { kind: 'yes' }],
        ['不用了', YES_NO, { kind: 'no' }],
        [en['choice.openCase'], { shape: 'yes_no', options: [en['choice.openCase'], en['choice.notNow']] }, { kind: 'yes' }],
        [zh['choice.notNow'], { shape: 'yes_no', options: [zh['choice.openCase'], zh['choice.notNow']] }, { kind: 'no' }],
        ["not now - our integrator has a spare NIC and comes on Monday, I'll contact you if that doesn't work", { shape: 'yes_no', options: [en['choice.openCase'], en['choice.notNow']] }, { kind: 'no' }],
        ['暂时不用，周一集成商带备件来换，不行再找你们', { shape: 'yes_no', options: [zh['choice.openCase'], zh['choice.notNow']] }, { kind: 'no' }],
      ]);
    });
  });

  describe('to the exclusion checklist', () => {
    const english: AnswerQuestion = { shape: 'checklist', options: CHECKLIST.en };
    const chinese: AnswerQuestion = { shape: 'checklist', options: CHECKLIST.zh };
    describe('where only numbers and "none" were accepted', () => {
      table([
        ['nope, none apply', english, { kind: 'none' }],
        ['none of those, it\'s indoors in the lobby', english, { kind: 'none' }],
        ['it got wet in the rain', english, { kind: 'choices', picked: [1] }],
        ['it was never dropped and nobody opened it', english, { kind: 'none' }],
        ['it fell offline three times last night', english, { kind: 'none' }],
        ['no no, nobody touch it, it never fall. just the network drop', english, { kind: 'none' }],
        ['it dropped frames, nothing else', english, { kind: 'none' }],
        ['our maintenance man did take the front cover off last month to see if a wire was loose inside', english, { kind: 'choices', picked: [5] }],
        ['I will get it checked by our technician', english, { kind: 'not_an_answer' }],
        ["No. It hasn't been knocked, opened or anything. It's under the eaves, bone dry.", english, { kind: 'none' }],
        ['never dropped, opened it once though', english, { kind: 'choices', picked: [5] }],
        ["No, none of those — it's indoors above the reception desk. Would any of those have mattered?", english, { kind: 'none' }],
        ["No, it's never got wet... hmm, actually, wait. Our cleaner knocked it with a broom handle in September and cracked the dome a bit", english, { kind: 'choices', picked: [1] }],
        ['we run a cracked firmware on it', english, { kind: 'choices', picked: [4] }],
        ['all cameras dropped off the NVR', english, { kind: 'not_an_answer' }],
        ['it dropped from the pole', english, { kind: 'choices', picked: [1] }],
        ['没摔过，就是经常掉线', chinese, { kind: 'none' }],
        ['这种进了水的还能修好吗', chinese, { kind: 'choices', picked: [1] }],
        ['发过洪水', chinese, { kind: 'choices', picked: [2] }],
        ['I bought it 2 years ago', english, { kind: 'not_an_answer' }],
        ['摔过一次', chinese, { kind: 'choices', picked: [1] }],
        ['从来没摔过，也没拆过', chinese, { kind: 'none' }],
        ['都没有，装在室内的', chinese, { kind: 'none' }],
        ['问一下：7×24小时连续录像是否属于第二条所说“超出产品使用要求”的使用？', chinese, { kind: 'not_an_answer' }],
        ['1 and 3, is that bad?', english, { kind: 'choices', picked: [1, 3] }],
        ['木有 机房恒温恒湿的 也没人拆过 软件都是你们原装的👌', chinese, { kind: 'none' }],
        ['软件是网上下的破解版', chinese, { kind: 'choices', picked: [4] }],
        ['在淘宝上买的二手', chinese, { kind: 'choices', picked: [6] }],
      ]);
    });
    describe('where a word ending in "nt" read as a negation, "nobodys" and "not that I know of" did not, a word in quotes was said, a word explained as a fault was taken as the cause and "software" alone named unofficial software', () => {
      table([
        ['water went into it', english, { kind: 'choices', picked: [1] }],
        ['the point is it got water damage', english, { kind: 'choices', picked: [1] }],
        ['no, nothing. dc has dual UPS, no power events, nobodys opened it', english, { kind: 'none' }],
        ['it wasnt dropped and didnt get wet', english, { kind: 'none' }],
        ["not that I know of, I'd have to ask the day shift", english, { kind: 'none' }],
        ["No. 'Dropped' in the ticket means the video dropped, not the box. It's in a rack on a UPS, never opened, stock firmware.", english, { kind: 'none' }],
        ["it's wet, it's been sitting in water", english, { kind: 'choices', picked: [1] }],
        ['fall off = I mean it go offline! camera not falling, it is on the wall', english, { kind: 'none' }],
        ["no. nobody's opened the chassis, only pulled the hot-swap tray today like you said", english, { kind: 'none' }],
        ["No. It's in a locked server room with UPS and AC, nobody opened it. 'Crashed' as in the software hung, not physically.", english, { kind: 'none' }],
        ['we flashed a firmware from a forum', english, { kind: 'choices', picked: [4] }],
        ['we run third-party firmware', english, { kind: 'choices', picked: [4] }],
        ['My client denies any such circumstance. The camera was never dropped, opened or exposed to water.', english, { kind: 'none' }],
        ['it was never dropped, but exposed to water for weeks', english, { kind: 'choices', picked: [1] }],
        ['No. None. Nobody dropped it, opened it or poured anything on it.', english, { kind: 'none' }],
        ['nobody dropped it, but we opened it to check', english, { kind: 'choices', picked: [5] }],
        [
          'Our local electrician has replaced the power supply with one from a third-party supplier. Otherwise: no drop, no water.',
          english,
          { kind: 'none' },
        ],
        [
          'Not falling, not water, nobody open it. But... in September our engineer put new firmware from one internet forum, because the official one has no Korean menu.',
          english,
          { kind: 'choices', picked: [4] },
        ],
        ['固件是官网下的', chinese, { kind: 'none' }],
        [
          'None of these apply. The recorder sits in a ventilated cabinet on a UPS, it has never been dropped or wet, it runs the firmware it shipped with, and the case has only been opened to fit the hard drives as the manual describes.',
          english,
          { kind: 'none' },
        ],
        ['都没有，机箱只是按说明书打开装了两块硬盘', chinese, { kind: 'none' }],
        ['没摔过 就是那天停电了 来电以后它就不亮了 俺们村电压老是不稳 一会高一会低的 冰箱都烧过一个', chinese, { kind: 'choices', picked: [1] }],
        ['电压稳定 都没有', chinese, { kind: 'none' }],
        ['都没有 它装在月台办公室外面墙上 不在冷库里 温度正常的 没掉过没摔过 也没人拆', chinese, { kind: 'none' }],
        ['室内款装在室外了', chinese, { kind: 'choices', picked: [3] }],
        ['no, the voltage here is fine', english, { kind: 'none' }],
        ['the voltage in the village jumps up and down all the time', english, { kind: 'choices', picked: [1] }],
        ['a repair shop opened it', english, { kind: 'choices', picked: [5] }],
        [
          'hmm. our electrician opened it up last week and resoldered something on the power board because he thought he saw a burnt capacitor. other than that it was never dropped or anything',
          english,
          { kind: 'choices', picked: [5] },
        ],
        [
          'Apart from my opening the rear cover, as I mentioned, none of these apply: it has not been dropped, it is under a roof, and it runs the original firmware.',
          english,
          { kind: 'choices', picked: [5] },
        ],
        ['固件是网上随便下的', chinese, { kind: 'choices', picked: [4] }],
        ['上个月我在网上一个论坛下了个固件想加个功能，刷完就开始这样了', chinese, { kind: 'choices', picked: [4] }],
        ['it got too hot in summer', english, { kind: 'choices', picked: [1] }],
        ['据我所知没有，得问问白班的', chinese, { kind: 'none' }],
      ]);
    });
    describe('where a clause that only supposes named an option', () => {
      table([
        ['问一下 如果是进水的话保不保？我这个倒是没进过水 就问问', chinese, { kind: 'not_an_answer' }],
        ['如果是进水的话保不保 我这个倒是没进过水 就问问', chinese, { kind: 'not_an_answer' }],
        ['what if water got in, would that be covered? ours never got wet', english, { kind: 'not_an_answer' }],
        ['if it had been dropped we would know', english, { kind: 'not_an_answer' }],
        ['它摔过一次', chinese, { kind: 'choices', picked: [1] }],
      ]);
    });
    describe('where a plain statement that all is normal named an option', () => {
      table([
        ['no. never dropped, no water, nobody opened it, standard firmware from your site', english, { kind: 'none' }],
        ['it runs the official firmware', english, { kind: 'none' }],
        ['都没有，装在车库里面风吹不着雨淋不着，也没人动过它', chinese, { kind: 'none' }],
        ['用的是官网下载的原厂固件', chinese, { kind: 'none' }],
        ['刷了第三方固件', chinese, { kind: 'choices', picked: [4] }],
      ]);
    });
    describe('as before', () => {
      table([
        ['1 and 3', english, { kind: 'choices', picked: [1, 3] }],
        ['1, 3', english, { kind: 'choices', picked: [1, 3] }],
        ['none', english, { kind: 'none' }],
        ['第二个', chinese, { kind: 'choices', picked: [2] }],
        ['都没有', chinese, { kind: 'none' }],
        [CHECKLIST.zh[4], chinese, { kind: 'choices', picked: [5] }],
      ]);
    });
  });

  describe('to a choice of options', () => {
    const symptoms: AnswerQuestion = { shape: 'choice', options: ['Power', 'No video', 'Network'] };
    table([
      ['No video', symptoms, { kind: 'choices', picked: [2] }],
      ['the network one', symptoms, { kind: 'choices', picked: [3] }],
      ['2', symptoms, { kind: 'choices', picked: [2] }],
      ['第三个', { shape: 'choice', options: ['电源', '没有画面', '网络'] }, { kind: 'choices', picked: [3] }],
      ['网络的问题', { shape: 'choice', options: ['电源', '没有画面', '网络'] }, { kind: 'choices', picked: [3] }],
      ['how long does a repair take?', symptoms, { kind: 'not_an_answer' }],
    ]);
  });

  describe('to a free question', () => {
    const free: AnswerQuestion = { shape: 'free' };
    table([
      ['NPC21A00012345', free, { kind: 'yes' }],
      ['I can\'t find the serial sticker', free, { kind: 'unsure' }],
      ['不知道', free, { kind: 'unsure' }],
      ['没有', free, { kind: 'none' }],
    ]);
  });
});

describe('leadingOption', () => {
  it('takes a reply opening with a button title of two words or more as that button', () => {
    assert.equal(leadingOption('not now, maybe next week', ['Open a case', 'Not now']), 2);
    assert.equal(leadingOption('开维修单吧', ['开维修单', '暂时不用']), undefined);
    assert.equal(leadingOption('暂时不用 周一再说', ['开维修单', '暂时不用']), 2);
  });

  it('never takes a word that merely starts like a title, nor a one-word title', () => {
    assert.equal(leadingOption('not nowhere near fixed', ['Open a case', 'Not now']), undefined);
    assert.equal(leadingOption('no problem at all', ['Yes', 'No']), undefined);
  });
});

describe('a setting named "fixed"', () => {
  for (const text of ['Fixed IP already set, no conflict in ARP table', 'it has a fixed lens, nothing to zoom']) {
    it(`never reads "${text}" as the fault fixed`, () => assert.notEqual(read(text, FIXED).kind, 'fixed'));
  }
});

describe('opensWithBareNo', () => {
  for (const text of ["none of those. never opened, never got wet, it's indoors in a corridor", 'No. It runs in the cold store at -35', '没有，跟别的一样', '以上都没有。', '没有 就放在收银台下面柜子里 没人动', 'no nobody dropped it, forklifts dont go near it its 5m up. never opened']) {
    it(`hears a "no" up front in "${text}"`, () => assert.equal(opensWithBareNo(text), true));
  }
  for (const text of ['没摔过 也没进水…哦对了 上个月我们自己师傅把后盖拆开看过一次', 'nobody dropped it but our electrician opened it', 'nothing happened until the storm', '没有人动过 但是进过水', 'no one dropped it but the forklift clipped it']) {
    it(`hears no bare "no" up front in "${text}"`, () => assert.equal(opensWithBareNo(text), false));
  }
});

