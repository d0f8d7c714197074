// Replies typed in words read in the context of the pending question: hedges, negatives, questions mid-flow, misses.
import assert from 'node:assert/strict';
import { startConversation, recognizer, toTheOffer, type TestConversation } from './conversationHarness';
import { readAnswer } from '../../intents/answers';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh.json';

const TEXT = { en, zh };

const OPENING = { en: 'my camera has no video, serial NPC21A00012345', zh: '摄像头没有画面，序列号 NPC21A00012345' };
const STEP = { en: /Step (\d+) of \d+/, zh: /第 (\d+)\/\d+ 步/ };

async function atFirstStep(lang: 'en' | 'zh'): Promise<TestConversation> {
  const convo = startConversation();
  const reply = await convo.say(OPENING[lang]);
  assert.match(reply, STEP[lang]);
  return convo;
}

/** Answers every troubleshooting step "still not working", up to the exclusion checklist. */
async function throughSteps(convo: TestConversation, lang: 'en' | 'zh'): Promise<void> {
  for (let step = 0; step < 6 && (await convo.pendingQuestion()) === 'fixed'; step += 1) await convo.say({ en: 'still not working', zh: '还是不行' }[lang]);
}

/** At "shall I open a repair case?" for the in-warranty camera, nothing excluded. */
async function atCaseQuestion(lang: 'en' | 'zh'): Promise<TestConversation> {
  const convo = await atFirstStep(lang);
  await throughSteps(convo, lang);
  await convo.say({ en: 'none of these', zh: '以上都没有' }[lang]);
  assert.equal(await convo.pendingQuestion(), 'open_case');
  return convo;
}

/** Through the steps to the checklist, `told` said there, and said again when the targeted question follows. */
async function toldAtChecklist(lang: 'en' | 'zh', told: string): Promise<TestConversation> {
  const convo = await atFirstStep(lang);
  await throughSteps(convo, lang);
  await convo.say(told);
  if ((await convo.pendingQuestion()) === 'confirm_clause') await convo.say(told);
  return convo;
}

for (const lang of ['en', 'zh'] as const) {
  describe(`Answers in words (${lang})`, function () {
    this.timeout(90000);
    before(() => recognizer());
    const say = <T,>(en: T, zh: T): T => (lang === 'en' ? en : zh);

    it('never closes a fault on a "yes" that goes on to say it still fails', async () => {
      const convo = await atFirstStep(lang);
      const reply = await convo.say(say('yes I did that, still black', '是的做了，还是黑屏'));
      assert.doesNotMatch(reply, /glad it's working|太好了/);
      assert.match(reply, STEP[lang]);
      assert.equal((await convo.conversationData())?.fault.solvedByTroubleshooting, undefined);
    });

    it('takes "it works on the other channel" as the test the step asked for, not as fixed', async () => {
      const convo = await atFirstStep(lang);
      const reply = await convo.say(say('I moved the camera to CH4 and it works there, so camera and cable are fine', '把摄像机换到4通道就正常，摄像机和线都没问题'));
      assert.doesNotMatch(reply, /glad it's working|太好了/);
      assert.equal((await convo.conversationData())?.fault.solvedByTroubleshooting, undefined);
      assert.notEqual(await convo.pendingQuestion(), 'rating');
    });

    it('waits for the result of a step the customer is going to try, the same step pending', async () => {
      const convo = await atFirstStep(lang);
      const reply = await convo.say(say("ok I'll try that", '好的我去试试'));
      assert.match(reply, say(/Take your time/, /不着急/));
      assert.match(reply, say(/step 1/, /第 1 步/));
      assert.equal(await convo.pendingQuestion(), 'fixed');
      assert.deepEqual((await convo.conversationData())?.fault.stepsTried, []);
    });

    it('takes a look already taken ("logged in and looked: black there too") as a report, not as going to try', async () => {
      const convo = await atFirstStep(lang);
      const reply = await convo.say(say('logged into the web page and went to look, black there too', '网页登进去看也是黑的'));
      assert.doesNotMatch(reply, say(/Take your time/, /不着急/));
      assert.equal(STEP[lang].exec(reply)?.[1], '2');
    });

    it('goes on to the next step on a negative, keeping what the customer saw for the engineer', async () => {
      const convo = await atFirstStep(lang);
      const seen = say('no, black in the browser too', '还是不行，浏览器里也是黑的');
      const reply = await convo.say(seen);
      assert.match(reply, STEP[lang]);
      assert.equal(STEP[lang].exec(reply)?.[1], '2');
      assert.ok((await convo.conversationData())?.fault.words.includes(seen));
    });

    it('keeps a cause the customer told on their own when a reply to a step names the official firmware', async () => {
      const convo = startConversation();
      await convo.say(say(
        'my NPC21A00012345 keeps rebooting since I flashed a firmware I found on a forum',
        '序列号NPC21A00012345一直重启，前几天我自己刷了个论坛上下的固件',
      ));
      await convo.say(say("the official firmware won't flash either, can't get into the web page", '官网那个固件刷不进去 进不了界面'));
      const cues = (await convo.conversationData())?.fault.cues.filter((cue) => cue.clause === 'unofficial_software') ?? [];
      assert.ok(cues.length > 0);
      assert.ok(cues.every((cue) => !cue.negated), JSON.stringify(cues));
    });

    it('skips the remaining steps when the customer has tried them all, saying why', async () => {
      const convo = await atFirstStep(lang);
      const reply = await convo.say(say("I've tried all that already", '这些我都试过了'));
      assert.match(reply, say(/no need to repeat/, /不再重复/));
      assert.doesNotMatch(reply, STEP[lang]);
    });

    for (const [topic, en, zh, answer] of [
      ['cost', 'how much will that cost me?', '修这个要多少钱？', say(/quote first|nothing is charged/i, /报价|收费/)],
      ['warranty', 'is it still under warranty?', '这个在保修期内吗？', say(/warranty until 20\d\d-\d\d-\d\d/, /保修期至 ?20\d\d-\d\d-\d\d|20\d\d-\d\d-\d\d/)],
      ['repair time', 'how long does a repair take?', '修一下要多久？', say(/inspects the device as soon as it arrives/, /设备到达维修中心后/)],
      ['address', 'where do I send it?', '寄到哪里？', say(/as soon as I know your city/, /知道您所在的城市后/)],
    ] as const) {
      it(`answers a question about ${topic} mid-step, then asks the step again in one short line`, async () => {
        const convo = await atFirstStep(lang);
        const reply = await convo.say(say(en, zh));
        assert.match(reply, answer);
        assert.match(reply, say(/So — did step 1 help\?/, /那么，第 1 步有效果吗？/));
        assert.doesNotMatch(reply, STEP[lang]);
        assert.equal(await convo.pendingQuestion(), 'fixed');
      });
    }

    it('answers where to send it from abroad mid-step with the fallback centre, and keeps the place for the contact', async () => {
      const convo = await atFirstStep(lang);
      const reply = await convo.say(say('can we ship it back from Laos? where do I send it?', '从老挝寄回去你们收吗？清关挺麻烦的 寄到哪里'));
      assert.match(reply, say(/Headquarters Repair Centre|Jiuxianqiao/, /总部维修中心/));
      assert.equal((await convo.conversationData())?.contactSaid?.region, say('Laos', '老挝'));
      assert.equal(await convo.pendingQuestion(), 'fixed');
    });

    // Skipped: in English the answer head reads junk ('🙂', 'purple monkey dishwasher') as a denial, so it never misses; see the report.
    it('never sends the same re-prompt three times: the third miss says what is known, offers a person and goes on', async () => {
      const convo = await atFirstStep(lang);
      const junk = say('🙂', '紫色的猴子在洗碗');
      const first = await convo.say(junk);
      const second = await convo.say(junk);
      assert.notEqual(first, second);
      assert.match(second, say(/So — did step 1 help\?/, /那么，第 1 步有效果吗？/));
      const third = await convo.say(junk);
      assert.match(third, say(/NP-IPC2043/, /NP-IPC2043/));
      assert.match(third, say(/a person/, /转人工/));
      assert.match(third, say(/go on to the repair/, /继续安排维修/));
      assert.notEqual(await convo.pendingQuestion(), 'fixed');
    });

    it('answers a question of the customer\'s own once; asked again word for word, it counts as a miss, never the same reply three times', async () => {
      const convo = await atCaseQuestion(lang);
      const question = say('is it still under warranty?', '还在保修期吗？');
      const replies = [];
      for (let turn = 0; turn < 4; turn += 1) replies.push(await convo.say(question));
      assert.match(replies[0]!, /2028/);
      for (let turn = 2; turn < replies.length; turn += 1) {
        assert.ok(replies[turn] !== replies[turn - 1] || replies[turn] !== replies[turn - 2], `reply ${turn + 1} repeats the two before it`);
      }
      assert.match(replies.join('\n'), say(/a person/, /转人工/));
    });

    it('closes the fault as solved, not as a declined case, when the answer to "open a case?" says it works now', async () => {
      const convo = startConversation();
      await convo.say(say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', '我的NP-IPC2043 序列号NPC21A00012345从杆子上掉下来了，没有画面'));
      assert.equal(await convo.pendingQuestion(), 'open_case');
      const reply = await convo.say(say("no, it's ok now", '不用了，已经好了'));
      assert.match(reply, /glad it's working|太好了/);
      assert.equal(await convo.pendingQuestion(), 'rating');
    });

    it('answers a warranty question that comes with a fault, then handles the fault without asking for it again', async () => {
      const convo = startConversation();
      const reply = await convo.say(say('the zoom on my camera stopped working, serial NPC21A00012345, still under warranty right?', '摄像头变焦不动了，序列号NPC21A00012345，应该还在保吧'));
      assert.match(reply, say(/warranty until 2028-06-10/, /保修到 2028-06-10/));
      assert.match(reply, STEP[lang]);
      assert.equal(await convo.pendingQuestion(), 'fixed');
    });

    it('gives lens steps, not PTZ-dome steps, when the zoom of a fixed camera fails, and dome steps to a dome', async () => {
      const bullet = startConversation();
      const lens = await bullet.say(say('the zoom on my camera does nothing, serial NPC24B00045534', '摄像机不能变倍了，序列号NPC24B00045534'));
      assert.match(lens, say(/zoom \+ and zoom −/, /变倍 \+/));
      assert.doesNotMatch(lens, /24V|24 V|dome|球机|云台/u);
      const domeCustomer = startConversation();
      const dome = await domeCustomer.say(say('my PTZ won\'t pan or zoom any more, serial NPP23C00006650', '球机不转了也不能变倍，序列号NPP23C00006650'));
      assert.match(dome, say(/dome|24 ?V/, /球机|24V/u));
    });

    it('keeps a clicked button out of the customer\'s own words about the fault', async () => {
      const convo = startConversation();
      await convo.say(say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', '我的NP-IPC2043 序列号NPC21A00012345从杆子上掉下来了，没有画面'));
      assert.equal(await convo.pendingQuestion(), 'open_case');
      await convo.say(say('Open a case', '开维修单'));
      assert.equal(await convo.pendingQuestion(), 'contact');
      const words = (await convo.conversationData())?.fault.words ?? [];
      assert.equal(words.length, 1);
      assert.ok(!words.includes(say('Open a case', '开维修单')));
    });

    it('gives the step again in full when the customer asks about it, and goes on when they cannot find the setting', async () => {
      const convo = await atFirstStep(lang);
      const again = await convo.say(say('where is that setting?', '这个设置在哪里？'));
      assert.match(again, say(/that step again in full/, /完整说明再发您一遍/));
      assert.match(again, STEP[lang]);
      const [, before] = STEP[lang].exec(again) ?? [];
      const next = await convo.say(say("I can't find it", '找不到这个设置'));
      const [, after] = STEP[lang].exec(next) ?? [];
      assert.ok(after === undefined || Number(after) > Number(before), next);
    });

    it('gives the step again for a question without a question mark, and keeps the fault open when the part checked is fine', async () => {
      const convo = await atFirstStep(lang);
      assert.match(await convo.say(say('where is that', '这个设置在哪里呢？')), say(/that step again in full/, /完整说明再发您一遍/));
      assert.doesNotMatch(await convo.say(say('the plug looks fine to me', '网线是好的 插得好好的')), say(/glad it's working/, /太好了/));
      assert.equal((await convo.conversationData())?.fault.solvedByTroubleshooting, undefined);
    });

    it('takes "dunno" for the model and date as not known, and goes on', async () => {
      const convo = startConversation();
      await convo.say(say('camera broken', '摄像头坏了'));
      await convo.say(say('dont know', '不知道'));
      assert.equal(await convo.pendingQuestion(), 'model');
      await convo.say(say('dunno', '不晓得'));
      assert.equal(await convo.pendingQuestion(), 'purchase_date');
      await convo.say(say('idk', '不晓得'));
      assert.notEqual(await convo.pendingQuestion(), 'purchase_date');
    });

    it('asks for a case number at most three times, then leaves the lookup for when the customer has it', async () => {
      const convo = startConversation();
      await convo.say(say("what's the status of my repair?", '我的维修进度怎么样了？'));
      assert.equal(await convo.pendingQuestion(), 'case_id');
      const replies = [];
      for (let miss = 0; miss < 3; miss += 1) replies.push(await convo.say(say('no idea where that is', '不知道放哪了')));
      assert.equal(new Set(replies).size, 3);
      assert.match(replies[2], say(/whenever you have the case number/, /等您找到维修单号/));
      assert.equal(await convo.pendingQuestion(), undefined);
    });

    it('takes the rating\'s own "no, thanks" button as the answer, not as a request to cancel', async () => {
      const convo = startConversation();
      await convo.say(say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', '我的NP-IPC2043 序列号NPC21A00012345从杆子上掉下来了，没有画面'));
      await convo.say(say("no, it's ok now", '不用了，已经好了'));
      assert.equal(await convo.pendingQuestion(), 'rating');
      const reply = await convo.say(say('No, thanks', '不用了'));
      assert.match(reply, say(/Thanks for contacting NetPosa/, /感谢您联系 NetPosa/));
      assert.doesNotMatch(reply, /先放下|set that aside/u);
    });

    it('takes a rating given with a suggestion of phone support as the rating, never as a request for a person', async () => {
      const convo = startConversation();
      await convo.say(say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', '我的NP-IPC2043 序列号NPC21A00012345从杆子上掉下来了，没有画面'));
      await convo.say(say("no, it's ok now", '不用了，已经好了'));
      assert.equal(await convo.pendingQuestion(), 'rating');
      const reply = await convo.say(say('4, could you add a phone hotline with real staff?', '4分 能不能加个电话客服？'));
      assert.equal(await convo.pendingQuestion(), 'suggestion');
      assert.doesNotMatch(reply, say(/passed our conversation to a colleague/, /转给 NetPosa 售后同事/));
    });

    it('takes "5" inside a sentence as the rating 5, never as the fifth button (the rating 1)', async () => {
      const convo = startConversation();
      await convo.say(say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', '我的NP-IPC2043 序列号NPC21A00012345从杆子上掉下来了，没有画面'));
      await convo.say(say("no, it's ok now", '不用了，已经好了'));
      assert.equal(await convo.pendingQuestion(), 'rating');
      const reply = await convo.say(say('5 stars, that was quick', '5分吧，挺快的'));
      assert.match(reply, say(/Anything we could do better/, /还有什么我们可以做得更好/));
      assert.doesNotMatch(reply, say(/sorry/, /不满意/));
    });

    it('takes a rating given with a remark that sounds like a question ("3, I expected it to be covered") as the rating', async () => {
      const convo = startConversation();
      await convo.say(say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', '我的NP-IPC2043 序列号NPC21A00012345从杆子上掉下来了，没有画面'));
      await convo.say(say("no, it's ok now", '不用了，已经好了'));
      await convo.say(say('3, I expected it to be covered', '3分，本来以为在保修里的'));
      assert.equal(await convo.pendingQuestion(), 'suggestion');
    });

    it('takes a rating in words, and after three misses leaves the rating out instead of asking again', async () => {
      const convo = startConversation();
      await convo.say(say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', '我的NP-IPC2043 序列号NPC21A00012345从杆子上掉下来了，没有画面'));
      await convo.say(say("no, it's ok now", '不用了，已经好了'));
      assert.equal(await convo.pendingQuestion(), 'rating');
      await convo.say(say('it was alright', '还可以'));
      assert.equal(await convo.pendingQuestion(), 'suggestion');

      const other = startConversation();
      await other.say(say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', '我的NP-IPC2043 序列号NPC21A00012345从杆子上掉下来了，没有画面'));
      await other.say(say("no, it's ok now", '不用了，已经好了'));
      const junk = say('🙂', '紫色的猴子在洗碗');
      await other.say(junk);
      await other.say(junk);
      const third = await other.say(junk);
      assert.match(third, say(/skip the rating/, /评分就先跳过/));
      assert.equal(await other.pendingQuestion(), undefined);
    });

    it('asks one targeted question when a "none" at the checklist also reads as a mention, and a "no" takes the mention back', async () => {
      const convo = await atFirstStep(lang);
      await throughSteps(convo, lang);
      assert.equal(await convo.pendingQuestion(), 'checklist');
      const reply = await convo.say(say('No, it is brand new, installed by our team with your bracket, not dropped', '没有，是新的，我们自己的工程队用你们的支架装的，没摔过'));
      if ((await convo.pendingQuestion()) === 'confirm_clause') {
        assert.match(reply, say(/Just so I get it right/, /为了不弄错/));
        await convo.say(say('no', '没有'));
      }
      const data = await convo.conversationData();
      assert.equal(Object.values(data?.fault.answers ?? {}).some((answer) => answer === true), false);
      assert.equal(data?.fault.cues.some((cue) => !cue.negated), false);
      // Nothing excludes it any more: a free repair, and the customer is asked whether to open it.
      assert.equal(await convo.pendingQuestion(), 'open_case');
    });

    it('takes the targeted question as answered "yes" when the reply tells the same thing again beside denials of others', async () => {
      const convo = await toldAtChecklist(lang, say(
        "well, it's mounted in our cold storage room, runs around -35. datasheet says -30 I think. nothing else, never dropped or opened",
        '装在冷库里，常年零下35度，说明书写的最低零下30度。别的都没有，没摔过也没拆过',
      ));
      const data = await convo.conversationData();
      assert.equal(data?.fault.answers.improper_use, true);
      assert.equal(data?.fault.answers.abnormal_cause, false);
    });

    it('takes a reply word the requests never use ("yep", "嗯嗯") as yes to opening a case', async () => {
      const convo = await atCaseQuestion(lang);
      await convo.say(say('yep', '嗯嗯'));
      assert.equal(await convo.pendingQuestion(), 'contact');
    });

    it('takes "not yet, I\'ll talk to our integrator first" as no to opening a case, not as something to ask again', async () => {
      const convo = await atCaseQuestion(lang);
      const reply = await convo.say(say("hmm not yet, I'll talk to our integrator here first. I'll come back if needed", '先不开，我问问我们集成商再说'));
      assert.doesNotMatch(reply, say(/pick one of the options/, /没看明白/));
      assert.notEqual(await convo.pendingQuestion(), 'open_case');
      assert.equal((await convo.stores.cases.list()).length, 0);
    });

    it('takes a story told again after a pause ("这个…", "well...") as "yes" to the targeted question', async () => {
      const convo = await toldAtChecklist(lang, say(
        'well... the fan was noisy, so our electrician opened it and swapped the fan himself. never dropped, no water',
        '这个…之前风扇响，我们自己找电工打开换了个风扇，换完用了一个礼拜就不行了。没摔没进水',
      ));
      assert.equal((await convo.conversationData())?.fault.answers.unauthorized_repair, true);
    });

    it('takes a reply that first denies other causes and then tells this one again as "yes" to the targeted question', async () => {
      const convo = await toldAtChecklist(lang, say(
        "never dropped, no water... oh wait, last month our own technician opened the back cover and tightened a ribbon cable",
        '没摔过 也没进水…哦对了 上个月我们自己师傅把后盖拆开看过一次 紧了紧里面的排线',
      ));
      assert.equal((await convo.conversationData())?.fault.answers.unauthorized_repair, true);
    });

    it('takes a cause told after the checklist\'s "no", while the case is offered, and assesses again', async () => {
      const convo = await atCaseQuestion(lang);
      const reply = await convo.say(say(
        'wait, the night guard just told me it got knocked off the bracket by a ladder last week',
        '等一下 我刚问了晚上值班的 说上周学生踢球 一脚球正好砸摄像机上了 这个算不算啊',
      ));
      assert.match(reply, say(/matters for the warranty/, /和保修有关/));
      assert.match(reply, say(/clause 4/, /第4条/));
      assert.equal(await convo.pendingQuestion(), 'open_case');
      assert.equal((await convo.conversationData())?.fault.answers.abnormal_cause, undefined);
    });

    it('hears "oh, by the way" before a cause told at the offer as news, not as consent to the case', async () => {
      const convo = await atCaseQuestion(lang);
      const reply = await convo.say(say(
        'oh by the way, I just remembered: the day before it died there were power surges at the mine, the breaker tripped again and again. does that matter',
        '哦对了 想起来个事 坏之前那天矿上电不稳 来回跳了好几次闸 第二天就开不起来了 这个有关系不',
      ));
      assert.match(reply, say(/clause 4/, /第4条/));
      assert.equal(await convo.pendingQuestion(), 'open_case');
    });

    it('sets no earlier denial of one cause against another cause of the same clause told late, and takes "open it, if dear no" as a yes', async () => {
      const convo = await atFirstStep(lang);
      await throughSteps(convo, lang);
      await convo.say(say('never dropped, no water, it sits in a locked cabinet', '没摔 没进水 就放配电室柜子里头 锁着的'));
      assert.equal(await convo.pendingQuestion(), 'open_case');
      const reply = await convo.say(say(
        'oh by the way, the day before it died there were power surges at the site, the breaker tripped again and again',
        '哦对了 坏之前那天矿上电不稳 来回跳了好几次闸 第二天就开不起来了',
      ));
      assert.match(reply, say(/clause 4/, /第4条/));
      assert.doesNotMatch(reply, say(/on a misunderstanding/, /为避免误会/));
      await convo.say(say("go ahead, quote first, if it's more than 800 I won't repair it", '开吧 先报个价 贵了就不修了'));
      assert.equal(await convo.pendingQuestion(), 'contact');
    });

    it('offers the case again with the new assessment when a cause is told while the contact is asked', async () => {
      const convo = await atCaseQuestion(lang);
      await convo.say(say('yes open it', '开吧'));
      assert.equal(await convo.pendingQuestion(), 'contact');
      await convo.say(say(
        'oh by the way, I forgot: our electrician opened it up once to have a look inside, then closed it again. does that matter?',
        '哦对了 忘说了 之前我们电工拆开看过一次里面 想看看有没有烧的 又装回去了 这个有影响吗',
      ));
      const offered = await convo.say(say('Li Wei, 138 1234 5678, Hangzhou', '李伟，138 1234 5678，杭州'));
      assert.match(offered, say(/clause 6/, /第6条/));
      assert.equal(await convo.pendingQuestion(), 'open_case');
      assert.equal((await convo.stores.cases.list()).length, 0);
      await convo.say(say('yes', '开吧'));
      const [opened] = await convo.stores.cases.list();
      assert.deepEqual(opened.exclusions.map((exclusion) => exclusion.clause), ['unauthorized_repair']);
      assert.equal(opened.assessment, 'charged');
    });

    it('answers a hesitation at the offer with what a case commits the customer to, and keeps the offer open', async () => {
      const convo = await atCaseQuestion(lang);
      const reply = await convo.say(say('hmm, not sure, let me think', '不确定 我考虑一下'));
      assert.ok(reply.startsWith(TEXT[lang]['case.hesitation']), reply);
      assert.equal(await convo.pendingQuestion(), 'open_case');
      await convo.say(say('actually yes go ahead and open it', '算了 还是开吧'));
      assert.equal(await convo.pendingQuestion(), 'contact');
    });

    it('answers "why is it charged?" at the offer of a case with the reasons of the assessment, then offers it again', async () => {
      const convo = startConversation();
      await toTheOffer(convo, say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', '我的NP-IPC2043 序列号NPC21A00012345从杆子上掉下来了，没有画面'), lang, say('nothing else', '别的没有'));
      assert.equal(await convo.pendingQuestion(), 'open_case');
      const reply = await convo.say(say('why is it charged? it is not even a year old', '为什么是收费的？才买一年 不是有保修吗'));
      assert.match(reply, say(/clause 4/, /第4条/));
      assert.match(reply, say(/fell off the pole/, /从杆子上掉下来了/));
      assert.equal(await convo.pendingQuestion(), 'open_case');
    });

    it('answers "doesn\'t that count?" at the offer of a charged case with the reasons, and keeps the offer open', async () => {
      const convo = startConversation();
      await toTheOffer(convo, say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', '我的NP-IPC2043 序列号NPC21A00012345从杆子上掉下来了，没有画面'), lang, say('nothing else', '别的没有'));
      const reply = await convo.say(say('we have the receipt from the shop, does that not count?', '华强北那边档口拿的货 有收据的啊 这也不算？'));
      assert.match(reply, say(/clause 4/, /第4条/));
      assert.equal(await convo.pendingQuestion(), 'open_case');
    });

    it('answers a cause argued again with a question at the offer ("it wasn\'t our doing, still charged?") with the reasons, one quote of it, no "thanks for telling me"', async () => {
      const convo = startConversation();
      await toTheOffer(convo, say('My NP-IPC2043 SN NPC21A00012345 died after the mains voltage spiked last month', '我的NP-IPC2043 序列号NPC21A00012345 上个月电压不稳以后就不亮了'), lang, say('nothing else', '别的没有'));
      assert.equal(await convo.pendingQuestion(), 'open_case');
      const reply = await convo.say(say("the voltage spike wasn't our doing, do I still have to pay?", '电压不稳又不是我们人为弄的，这也得收钱？'));
      assert.match(reply, say(/clause 4/, /第4条/));
      assert.doesNotMatch(reply, new RegExp(TEXT[lang]['facts.causeTold'].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.equal((reply.match(say(/You mentioned/g, /您提到/g)) ?? []).length, 1);
      assert.equal(await convo.pendingQuestion(), 'open_case');
    });

    it('never asks for the whole contact a fourth time: after three, the words are the name and the phone is asked alone', async () => {
      const convo = await atCaseQuestion(lang);
      await convo.say(say('yes open it', '开吧，把单开了'));
      assert.equal(await convo.pendingQuestion(), 'contact');
      const contact = say('Priya Menon (Service Desk, on behalf of site), ext 0552, Kunming, Yunnan', '（服务台，代现场报修）分机 0552 昆明');
      const replies = [await convo.say(contact), await convo.say(contact), await convo.say(contact)];
      assert.ok(!(replies[0] === replies[1] && replies[1] === replies[2]), 'no reply three times');
      assert.equal(await convo.pendingQuestion(), 'phone');
    });

    it('never reads "yes, open it" at the offer of a case as a repair of the device', async () => {
      const convo = await atCaseQuestion(lang);
      await convo.say(say('yes open it', '开吧，把单开了'));
      assert.equal(await convo.pendingQuestion(), 'contact');
      const data = await convo.conversationData();
      assert.deepEqual(data?.fault.cues.filter((cue) => !cue.negated), []);
    });

    it('never takes a targeted question as answered "yes" when the reply opens with a no', async () => {
      const convo = await atFirstStep(lang);
      await throughSteps(convo, lang);
      await convo.say(say(
        "well, it's mounted in our cold storage room, runs around -35. datasheet says -30 I think. nothing else, never dropped or opened",
        '装在冷库里，常年零下35度，说明书写的最低零下30度。别的都没有，没摔过也没拆过',
      ));
      assert.equal(await convo.pendingQuestion(), 'confirm_clause');
      await convo.say(say('No. It runs in the cold store at -35 like the others, the datasheet says -30.', '没有。跟别的一样在冷库里零下35度跑，说明书写零下30度。'));
      const data = await convo.conversationData();
      assert.equal(data?.fault.answers.improper_use, false);
    });

    it('takes "none of those" said again at the targeted question as its no, instead of asking until a person takes over', async () => {
      const convo = await toldAtChecklist(lang, say("none of those. never opened, never got wet, it's indoors in a corridor", '以上都没有。没拆过 没进过水 装在室内走廊里'));
      assert.equal(await convo.pendingQuestion(), 'open_case');
      assert.equal((await convo.conversationData())?.fault.answers.improper_use, false);
    });

    it('takes a question about coverage at the checklist as a question: what the customer then tells is not set against it', async () => {
      const convo = await atFirstStep(lang);
      await throughSteps(convo, lang);
      assert.equal(await convo.pendingQuestion(), 'checklist');
      await convo.say(say('would a drop still be covered?', '摔一下的话还管保修不？'));
      assert.deepEqual((await convo.conversationData())?.fault.cues, []);
      const reply = await convo.say(say('well... last month I dropped it off the ladder while adjusting it', '嗯…上个月我自己上梯子调角度，没拿稳，掉地上了一回'));
      assert.doesNotMatch(reply, say(/also said/, /也说过/));
      const data = await convo.conversationData();
      assert.deepEqual(data?.fault.cues.map((cue) => [cue.clause, cue.negated]), [['abnormal_cause', false]]);
    });

    it('asks again in the checklist about a repair read in a reply to a step, and a "none" takes it back', async () => {
      const convo = await atFirstStep(lang);
      await convo.say(say('swapped the power cable and the socket, still the same', '换了电源线和插座，还是一样'));
      await throughSteps(convo, lang);
      assert.equal(await convo.pendingQuestion(), 'checklist');
      await convo.say(say('none of these', '以上都没有'));
      const data = await convo.conversationData();
      assert.equal(data?.fault.cues.some((cue) => !cue.negated), false);
      assert.equal(await convo.pendingQuestion(), 'open_case');
    });

    it('puts right the digits of a serial the customer mistyped, and looks it up again', async () => {
      const convo = startConversation();
      await convo.say(say('my camera has no video, serial NPC21A00012354', '摄像头没有画面，序列号 NPC21A00012354'));
      await convo.say(say('sorry typo, last digits are 2345 not 2354', '不好意思，后四位是2345不是2354'));
      assert.equal((await convo.conversationData())?.product.serial, 'NPC21A00012345');
      assert.equal((await convo.conversationData())?.product.record?.model, 'NP-IPC2043');
    });

    it('hands the conversation to staff at the fourth miss of a question the flow cannot do without', async () => {
      const convo = startConversation();
      await convo.say(say('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', '我的NP-IPC2043 序列号NPC21A00012345从杆子上掉下来了，没有画面'));
      assert.equal(await convo.pendingQuestion(), 'open_case');
      const junk = say('🙂', '紫色的猴子在洗碗');
      for (let miss = 1; miss <= 3; miss += 1) {
        await convo.say(junk);
        assert.equal(await convo.pendingQuestion(), 'open_case', `still asking after miss ${miss}`);
      }
      await convo.say(junk);
      const record = await convo.stores.conversations.get(convo.conversationId);
      assert.equal(record?.status, 'waiting');
      assert.equal(record?.reason, 'not_understood');
    });

    it('does not quote a denied fall as evidence', async () => {
      const convo = startConversation();
      await convo.say(say('my camera has no video, serial NPC21A00012345, it was never dropped', '摄像头没有画面，序列号 NPC21A00012345，摔都没摔过'));
      const data = await convo.conversationData();
      assert.ok(data?.fault.cues.some((cue) => cue.clause === 'abnormal_cause' && cue.negated));
      assert.ok(!data?.fault.cues.some((cue) => cue.clause === 'abnormal_cause' && !cue.negated));
    });
  });
}

describe('Answers in Cantonese and in traditional characters', function () {
  this.timeout(90000);
  before(() => recognizer());

  it('goes on to the next step on "试咗，都系咁", and takes the checklist\'s Cantonese denials as denials, not causes', async () => {
    const convo = await atFirstStep('zh');
    assert.match(await convo.say('试咗，都系咁'), /第 2\/\d+ 步/);
    for (let step = 0; step < 6 && (await convo.pendingQuestion()) === 'fixed'; step += 1) await convo.say('都系唔得');
    assert.equal(await convo.pendingQuestion(), 'checklist');
    const reply = await convo.say('冇啊，冇跌过冇入水，都冇人拆过');
    assert.doesNotMatch(reply, /收费/);
    assert.equal(await convo.pendingQuestion(), 'open_case');
    assert.equal((await convo.conversationData())?.fault.cues.some((cue) => !cue.negated), false);
  });

  it('takes a fault and a serial written in traditional characters as a fault report, and goes to the first step', async () => {
    const convo = startConversation();
    assert.match(await convo.say('攝影機沒有畫面，序號 NPC21A00012345'), /第 1\/\d+ 步/);
    assert.equal((await convo.conversationData())?.product.serial, 'NPC21A00012345');
  });

  it('keeps the customer\'s words as typed for staff, in traditional characters and in Cantonese, while reading them as Mandarin', async () => {
    const convo = startConversation();
    await convo.say('攝影機沒有畫面，序號 NPC21A00012345');
    assert.deepEqual((await convo.conversationData())?.fault.words, ['攝影機沒有畫面，序號 NPC21A00012345']);
    const seen = readAnswer(recognizer().recognize('試咗，都系咁，畫面仲係黑', { today: '2026-11-25' }), { shape: 'fixed' });
    assert.deepEqual(seen, { kind: 'not_fixed', observation: '試咗，都系咁，畫面仲係黑' });
  });
});
