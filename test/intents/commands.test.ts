// The command reader finds a request for a person, another language or a fresh start inside a sentence, in both languages,
// and leaves alone the ordinary sentences that merely contain those words.
import assert from 'node:assert/strict';
import { asksAboutChannelTerms, asksAboutTerms, asksCost, asksRepairTime, asksWarranty, detectCommand, nameAnswered, saysGoodbye, wordsAsName, type Command } from '../../intents/commands';

const FIRES: Array<[string, Command]> = [
  ['修回来又坏是你们没修好吧？现在过保了是不是又要收我钱？找个主管来跟我说', { kind: 'person' }],
  ['can I talk to your supervisor?', { kind: 'person' }],
  ['等真人跟我说先', { kind: 'person' }],
  ['I am not prepared to continue with an automated system. Kindly transfer me to a member of staff with authority to decide; failing that, my client will lodge a complaint.', { kind: 'person' }],
  ["Not until NetPosa's position has been confirmed by a responsible person.", { kind: 'person' }],
  ["I don't think a repair case is right - nothing needs repairing, the licence needs moving. Could someone from your licensing team deal with it?", { kind: 'person' }],
  ['I need to speak to one of your engineers who can give a root-cause statement for my report.', { kind: 'person' }],
  ["Please escalate this to a manager or someone who can actually reset the binding. I don't want another list of steps.", { kind: 'person' }],
  ['Can I talk with one engineer by phone?', { kind: 'person' }],
  ['just put me through to someone who can rebind it', { kind: 'person' }],
  ['能不能转给你们负责授权的同事', { kind: 'person' }],
  ['not before someone checks the contract', { kind: 'person' }],
  ['I need someone to look at the invoice', { kind: 'person' }],
  ['要说我们渠道有问题那肯定是你们搞错了 找个人来核实 我不跟机器说', { kind: 'person' }],
  ["I don't talk to machines", { kind: 'person' }],
  ['I want someone who can actually decide this, not the policy read back to me', { kind: 'person' }],
  ['this is going nowhere, can I talk to a real engineer who can rebind the licence to the new hardware?', { kind: 'person' }],
  ['先让你们的人核实一下合同再说', { kind: 'person' }],
  ["Looks like a batch issue, so I'd like one of your engineers to call me rather than doing 12 separate tickets.", { kind: 'person' }],
  ['No, I want one engineer to look at the whole batch.', { kind: 'person' }],
  ['why you say warranty finish? seller tell us 5 year warranty, we have paper from them. i not agree, please let real person check', { kind: 'person' }],
  ['not if i must pay. seller promise 5 year. i want talk to person', { kind: 'person' }],
  ["charged?? the shop told me 3 years warranty when I bought it. I'm not paying for this. let me talk to a person who can actually decide", { kind: 'person' }],
  ['only 4 channels work. Can someone from your licence team remote in and rehost it? this is a live site', { kind: 'person' }],
  // Phrases set apart by spaces, as typed on a phone, are clauses too.
  ['不可能 合同上白纸黑字写的五年 你们系统肯定录错了 找个人工帮我核对一下合同', { kind: 'person' }],
  ['不对啊 我们合同上写的是保修五年 你们系统是不是录错了？找个人帮我核一下合同', { kind: 'person' }],
  ['能用中文吗？', { kind: 'language', language: 'zh' }],
  ['可以说中文吗', { kind: 'language', language: 'zh' }],
  ['can you speak Chinese', { kind: 'language', language: 'zh' }],
  ['Sorry, could you reply in Chinese please?', { kind: 'language', language: 'zh' }],
  ['中文', { kind: 'language', language: 'zh' }],
  ['English please', { kind: 'language', language: 'en' }],
  ['说英文吧', { kind: 'language', language: 'en' }],
  ['could we continue in English?', { kind: 'language', language: 'en' }],
  ['我看不太懂，能不能用英文回复我？', { kind: 'language', language: 'en' }],
  ['a person', { kind: 'person' }],
  ['talk to a human', { kind: 'person' }],
  ['this is going nowhere, I want to talk to a real person', { kind: 'person' }],
  ['can I speak to someone real', { kind: 'person' }],
  ['算了，找个真人跟我说', { kind: 'person' }],
  ['管理员账号我没权限啊 密码只有科长知道，你这弄不了就找个人直接跟我们科长联系吧', { kind: 'person' }],
  ['转人工', { kind: 'person' }],
  ['太麻烦了，我要人工客服', { kind: 'person' }],
  ['start over', { kind: 'cancel' }],
  ["let's start again", { kind: 'cancel' }],
  ['wrong camera, sorry. can we start over?', { kind: 'cancel' }],
  ['重新来吧', { kind: 'cancel' }],
  ['算了重新开始', { kind: 'cancel' }],
  ['搞错了，从头开始吧', { kind: 'cancel' }],
  ['help', { kind: 'help' }],
  ['算了', { kind: 'cancel' }],
];

const DOES_NOT_FIRE = [
  'the camera was checked by an engineer last year, not until it broke again did we call',
  'it was confirmed by a person from the shop that it works',
  'the engineer called me yesterday',
  'we want someone who can install it next week to quote us',
  'the NVR does not talk to the camera any more',
  '录像机不跟摄像机说话了',
  'our engineers look at the cameras every week',
  'I put it through to the NVR',
  'someone checks it every day',
  '我们有人看过了',
  'the contract was checked before',
  'the person who installed it said the cable is fine',
  'a person walked past and the camera lost video',
  'it started over and over all night',
  'the NVR keeps trying to start again after a power cut',
  'the English manual does not mention the reset button',
  'is the manual in English?',
  'the menu switched to Chinese after the update and now I cannot log in',
  'I talked to a human at the shop already',
  'the human detection alarm does not trigger',
  '安装的那个人说线没问题',
  '录像总是重新开始，回放只有几分钟',
  '升级以后界面切换到英文了，登录不了',
  '英文说明书里没有写复位按钮',
  '人工智能检测经常误报',
  '之前有人拆过外壳吗？没有',
  'let the camera cool down',
  'I want to restart it',
  'I need to check the cable first',
  'let me check the cable',
  'can someone break in and steal it',
];

describe('detectCommand', () => {
  for (const [text, expected] of FIRES) {
    it(`reads "${text}" as ${expected.kind === 'language' ? `a switch to ${expected.language}` : expected.kind}`, () => {
      assert.deepEqual(detectCommand(text), expected);
    });
  }

  for (const text of DOES_NOT_FIRE) {
    it(`finds no command in "${text}"`, () => {
      assert.equal(detectCommand(text), undefined);
    });
  }
});

describe('asksRepairTime', () => {
  for (const text of ["And what is the expected turnaround once it's received?", 'how soon can you fix it?', 'how long does a repair take?', 'when will I get it back repaired?', '修要多久？', '大概要几天能寄回来', '什么时候能修好', 'how long will the repair take under warranty?']) {
    it(`hears a question about repair time in "${text}"`, () => assert.equal(asksRepairTime(text), true));
  }
  for (const text of ['我表哥前几天', '这几天一直掉线', 'it has been offline for a long time', 'bought it a few days ago', '硬盘录像机这几天会放不了', 'Hi, how long is the warranty on our face recognition licence?', '保修期多久？', "How long's the warranty on these things anyway?"]) {
    it(`hears no such question in "${text}"`, () => assert.equal(asksRepairTime(text), false));
  }
});


describe('asksCost', () => {
  for (const text of [
    'is it free? i bought not even 2 year', 'how much will that cost me?', 'will I be charged for this?', '这个要钱吗', '修这个要多少钱？', '收不收费啊',
    'why is it charged? it is not even a year old', '华强北买的怎么了？全新的，凭什么不保？', '开，但我想先搞清楚为啥要钱', '为什么是收费的？才买一年 不是有保修吗', '华强北那边档口拿的货 有收据的啊 这也不算？', 'There is fixed price list, or you must see camera first?',
    'is this going to be free? we bought it april last year', 'we have the receipt, does that not count?', "the voltage spike wasn't our doing, do I still have to pay?",
    '这个是否免费？', '那是不是免费的', '免不免费啊', '电压不稳又不是我们人为弄的，这也得收钱？',
  ]) {
    it(`hears a question about the cost in "${text}"`, () => assert.equal(asksCost(text), true));
  }
  for (const text of ['free disk space is low', 'I paid for it last year', '钱的事以后再说吧', 'the camera is free standing', '免费的那个软件装不上', '这个月还得交物业费']) {
    it(`hears no such question in "${text}"`, () => assert.equal(asksCost(text), false));
  }
});

describe('asksWarranty', () => {
  for (const text of ["is the camera dying? it's only a year old", 'is this still covered?', '这个还在保修吗？', '才用了一年就坏了？', '前年11月买的 应该还在保吧', '在保吗', 'SN：NPS23A00001044。自11月20日起无规律重启。请先确认保修状态，再说处理流程。', 'please check the warranty on NPC21A00012345']) {
    it(`hears a question about the warranty in "${text}"`, () => assert.equal(asksWarranty(text), true));
  }
  for (const text of ['the warranty card is in the box', 'it is only a year old', '保修卡找不到了', 'how long does a repair take?', '已经过保了', 'I checked the cable, the warranty card is in the box']) {
    it(`hears no such question in "${text}"`, () => assert.equal(asksWarranty(text), false));
  }
});

describe('saysGoodbye', () => {
  for (const text of ['ok thanks, that\'s all, bye', '好的 谢谢 那我等通知了', '行 那先这样 再见']) {
    it(`hears the customer leave in "${text}"`, () => assert.equal(saysGoodbye(text), true));
  }
  for (const text of ['nothing else, never dropped or opened', '都没有。新的，装上没几个月就这样', "No. Nobody has opened it, that's all.", 'the bypass valve is broken']) {
    it(`hears no leaving in "${text}"`, () => assert.equal(saysGoodbye(text), false));
  }
});

describe('nameAnswered', () => {
  for (const [text, name] of [
    ["Wang Chenggang, the end customer's site manager", 'Wang Chenggang'],
    ['王成刚，是客户那边的现场负责人', '王成刚'],
    ['my name is Li Na', 'Li Na'],
    ['Xu Yuting. Will you text me updates, or do I have to check here?', 'Xu Yuting'],
  ] as const) {
    it(`reads the name "${name}" in "${text}"`, () => assert.equal(nameAnswered(text), name));
  }
  it('takes the customer\'s own first words as the name when asked three times, never more than a name\'s length', () => {
    assert.equal(wordsAsName('put down whoever picks up at the front desk, any of them'), 'put down whoever picks up at the front d');
  });
});


describe('asksAboutTerms', () => {
  for (const text of [
    '你好，咨询下保修条款。第一，保修期从哪天算，合同签订日还是到货验收日？', '第二条“超出产品使用要求”，是以产品规格书的环境参数为准吗？',
    'When does the warranty start, on delivery or on the invoice date?', 'does clause 2 go by the datasheet or by your engineer?', 'is there a price list for repairs after the warranty?',
    '条款里写的“非官方渠道获得的授权”，如果是从京东上的店铺买的算不算？', '二手的你们还给修吗？', 'Do you repair second-hand cameras at all?',
  ]) {
    it(`hears a question about the policy's terms in "${text}"`, () => assert.equal(asksAboutTerms(text), true));
  }
  for (const text of ['my camera has no video', '保修卡找不到了', 'is this camera still under warranty?', '按条款来吧，我同意', 'the policy of our company is to keep recordings 30 days.']) {
    it(`hears no such question in "${text}"`, () => assert.equal(asksAboutTerms(text), false));
  }
  it('hears where it was bought in "从京东上的店铺买的算不算？条款里怎么说" and not in "保修期从哪天算？"', () => {
    assert.equal(asksAboutChannelTerms('从京东上的店铺买的算不算？条款里怎么说'), true);
    assert.equal(asksAboutChannelTerms('保修期从哪天算？'), false);
    assert.equal(asksAboutChannelTerms('二手的你们还给修吗？'), true);
  });
});
