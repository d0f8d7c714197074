// Corrections of known facts, during the conversation and after a case was opened, and a serial the customer cannot read.
import assert from 'node:assert/strict';
import { startConversation, recognizer, type TestConversation } from './conversationHarness';
import { createMemoryStores } from '../../src/storage/memory';

interface Wording {
  opening: string;
  stillBroken: string;
  none: string;
  yes: string;
  contact: string;
  stepPattern: RegExp;
  checklistPattern: RegExp;
  movedToWuhan: string;
  /** A move told as a correction that names the old city too, in words the heads read as a fault report. */
  deviceInWuhan: string;
  /** A contact answer that takes its first city back. */
  contactTakenBack: string;
  wuhanCentre: RegExp;
  newPhone: string;
  noteForStaff: RegExp;
  serialCorrection: string;
  serialCorrected: RegExp;
  expiredSerialCorrection: string;
  quoteFirst: RegExp;
  pickAnOption: RegExp;
  noSerialOpening: string;
  labelWornOff: string;
  outOfReach: string;
  askModel: RegExp;
  askSerial: RegExp;
  askDate: RegExp;
  dontKnowModel: string;
  dontKnowDate: string;
  statusWithPhone: (caseId: string) => string;
  askPhoneForStatus: RegExp;
}

const WORDING: Record<'en' | 'zh', Wording> = {
  en: {
    opening: 'My NP-IPC2043 SN NPC21A00012345 has no video since this morning',
    stillBroken: 'Still not working',
    none: 'None of these',
    yes: 'yes',
    contact: 'Li Wei, 138 1234 5678, Hangzhou',
    stepPattern: /Step \d+ of \d+/,
    checklistPattern: /Has any of these happened/,
    movedToWuhan: "actually I'm in Wuhan now",
    deviceInWuhan: 'Sorry, correction: the camera with no picture is at our Wuhan site, not in Hangzhou',
    contactTakenBack: 'Li Wei 138 1234 5678 Hangzhou... no wait, the camera is on our Wuhan site, count it as Wuhan',
    wuhanCentre: /77 Guanggu Avenue, East Lake High-tech Zone, Wuhan/,
    newPhone: "my number changed, it's 139 0000 1111",
    noteForStaff: /added your correction to the case as a note/,
    serialCorrection: 'sorry, typo in the serial - it is NPC25A00051872',
    serialCorrected: /changed the serial to NPC25A00051872/,
    expiredSerialCorrection: "sorry, wrong serial earlier, it's NPC21A00012346",
    quoteFirst: /sends you a quote/,
    pickAnOption: /please pick one of the options/,
    noSerialOpening: "my camera has no video and I can't find the serial sticker",
    labelWornOff: 'the label is worn off',
    outOfReach: "can't reach, it's on the ceiling very high, no ladder now",
    askModel: /Which model is it/,
    askSerial: /serial number/,
    askDate: /when did you buy it|When did you buy it|purchase/i,
    dontKnowModel: "I don't know the model",
    dontKnowDate: "no idea when it was bought",
    statusWithPhone: (caseId) => `what's the status of ${caseId}? my phone is 138 1234 5678`,
    askPhoneForStatus: /phone number/,
  },
  zh: {
    opening: '我的NP-IPC2043，序列号NPC21A00012345，从早上到现在一直没有画面',
    stillBroken: '还是不行',
    none: '以上都没有',
    yes: '是的',
    contact: '王伟，13812345678，杭州',
    stepPattern: /第 \d+\/\d+ 步/,
    checklistPattern: /是否发生过以下情况/,
    movedToWuhan: '不好意思，我人在武汉',
    deviceInWuhan: '更正一下 没画面的那台在武汉的项目上 不在杭州',
    contactTakenBack: '李伟 13812345678 杭州…不对 设备现在在武汉项目上 我人也在武汉 按武汉算',
    wuhanCentre: /湖北省武汉市东湖新技术开发区光谷大道 77 号/,
    newPhone: '电话写错了，是13900001111',
    noteForStaff: /更正已作为备注加到维修单上/,
    serialCorrection: '不好意思序列号抄错了，是NPC25A00051872',
    serialCorrected: /序列号已改为 NPC25A00051872/,
    expiredSerialCorrection: '刚才序列号写错了，是NPC21A00012346',
    quoteFirst: /给您报价/,
    pickAnOption: /没看明白/,
    noSerialOpening: '摄像头没有画面了，标签找不到了',
    labelWornOff: '标签磨掉了，看不清',
    outOfReach: '装在天花板上，太高了够不着',
    askModel: /是哪个型号/,
    askSerial: /序列号/,
    askDate: /什么时候买|购买/,
    dontKnowModel: '型号不知道',
    dontKnowDate: '不记得什么时候买的',
    statusWithPhone: (caseId) => `${caseId} 现在什么进度？我电话13812345678`,
    askPhoneForStatus: /手机号|电话/,
  },
};

before(function () {
  this.timeout(180000);
  recognizer();
});

async function throughTroubleshooting(convo: TestConversation, reply: string, words: Wording): Promise<string> {
  let current = reply;
  for (let guard = 0; words.stepPattern.test(current) && guard < 8; guard += 1) current = await convo.say(words.stillBroken);
  return current;
}

/** A free case for the in-warranty camera, opened for a customer in Hangzhou (the East China centre). */
async function openCase(convo: TestConversation, words: Wording) {
  const checklist = await throughTroubleshooting(convo, await convo.say(words.opening), words);
  assert.match(checklist, words.checklistPattern);
  await convo.say(words.none);
  await convo.say(words.yes);
  await convo.say(words.contact);
  const [repairCase] = await convo.stores.cases.list();
  assert.equal(repairCase.serviceCenterId, 'sh-east');
  return repairCase;
}

for (const lang of ['en', 'zh'] as const) {
  const words = WORDING[lang];

  describe(`Corrections (${lang})`, function () {
    this.timeout(120000);

    it('moves a case still open to the centre for the new city, notes it in the history and gives the new address', async () => {
      const convo = startConversation();
      const opened = await openCase(convo, words);
      const reply = await convo.say(words.movedToWuhan);
      assert.match(reply, words.wuhanCentre);
      const repairCase = (await convo.stores.cases.get(opened.id))!;
      assert.equal(repairCase.serviceCenterId, 'wh-central');
      assert.match(repairCase.contact.region, /Wuhan|武汉/);
      const corrected = repairCase.history.filter((entry) => entry.event === 'corrected');
      assert.equal(corrected.length, 1);
      assert.match(corrected[0].note ?? '', /^city: .*(Hangzhou|杭州).* → .*(Wuhan|武汉)/);
    });

    it('moves the case when a correction names the old city as well, even in words that read like a fault', async () => {
      const convo = startConversation();
      const opened = await openCase(convo, words);
      assert.match(await convo.say(words.deviceInWuhan), words.wuhanCentre);
      assert.equal((await convo.stores.cases.get(opened.id))?.serviceCenterId, 'wh-central');
    });

    it('moves the case when the device was taken to another city, said as where to repair it', async () => {
      const convo = startConversation();
      const opened = await openCase(convo, words);
      const taken = lang === 'en' ? 'oh, the company has taken that unit back to Wuhan today, can the repair centre be changed to the Wuhan one?' : '哦对了忘说了，那台机器今天已经被我们公司拉回武汉了，维修点能不能换成武汉那边的';
      assert.match(await convo.say(taken), words.wuhanCentre);
      assert.equal((await convo.stores.cases.get(opened.id))?.serviceCenterId, 'wh-central');
    });

    it('goes on with the fault once a corrected serial is found, instead of leaving the date question hanging', async () => {
      const convo = startConversation();
      await convo.say(lang === 'en' ? 'my NP-IPC2043 has no video, serial NPC21A00012399' : '我的NP-IPC2043没有画面，序列号NPC21A00012399');
      assert.equal(await convo.pendingQuestion(), 'purchase_date');
      const reply = await convo.say(lang === 'en' ? 'sorry, typo in the serial - it is NPC21A00012345' : '不好意思序列号打错了，是NPC21A00012345');
      assert.match(reply, /NPC21A00012345/);
      assert.match(reply, words.stepPattern);
      assert.equal(await convo.pendingQuestion(), 'fixed');
    });

    it('moves the case on a correction of the place that the heads read as a fault report but that names no fault', async () => {
      const convo = startConversation();
      const opened = await openCase(convo, words);
      await convo.say(lang === 'en' ? "correction: the camera is now at our Wuhan project and I'm in Wuhan too, use Wuhan" : '更正下 机器现在在武汉的项目上 我人也在武汉 按武汉来吧');
      assert.equal((await convo.stores.cases.get(opened.id))?.serviceCenterId, 'wh-central');
    });

    it('takes a fault put right, and never reads a decline that opens with "actually" as one', async () => {
      const convo = startConversation();
      await convo.say(words.opening);
      await convo.say(lang === 'en' ? "sorry, my mistake: the video is fine, it's the camera that keeps rebooting" : '不好意思说错了，画面没问题，是摄像机一直在重启');
      assert.equal((await convo.conversationData())?.fault.symptom, 'power');
      const checklist = await throughTroubleshooting(convo, await convo.say(words.stillBroken), words);
      assert.match(checklist, words.checklistPattern);
      await convo.say(words.none);
      assert.equal(await convo.pendingQuestion(), 'open_case');
      await convo.say(
        lang === 'en'
          ? "Actually, let's not. Haishi installed it and we have a maintenance contract with them, I'll get them to come out."
          : '其实还是算了吧，这台是海视装的，我们跟他们有维保合同，我让他们来看看。',
      );
      assert.equal((await convo.conversationData())?.fault.symptom, 'power');
      assert.equal(await convo.pendingQuestion(), undefined);
      assert.equal((await convo.stores.cases.list()).length, 0);
    });

    it('takes the city said after taking the first one back in the contact answer, and keeps the name', async () => {
      const convo = startConversation();
      const checklist = await throughTroubleshooting(convo, await convo.say(words.opening), words);
      assert.match(checklist, words.checklistPattern);
      await convo.say(words.none);
      await convo.say(words.yes);
      assert.match(await convo.say(words.contactTakenBack), words.wuhanCentre);
      const [repairCase] = await convo.stores.cases.list();
      assert.equal(repairCase.serviceCenterId, 'wh-central');
      assert.equal(repairCase.contact.name, lang === 'en' ? 'Li Wei' : '李伟');
    });

    it('puts a corrected phone number on the open case', async () => {
      const convo = startConversation();
      const opened = await openCase(convo, words);
      const reply = await convo.say(words.newPhone);
      assert.match(reply, /139\s?0000\s?1111/);
      const repairCase = (await convo.stores.cases.get(opened.id))!;
      assert.equal(repairCase.contact.phone.replace(/\D/g, ''), '13900001111');
      assert.equal(repairCase.serviceCenterId, 'sh-east');
      assert.ok(repairCase.history.some((entry) => entry.event === 'corrected' && /^phone: /.test(entry.note ?? '')));
    });

    it('decides the warranty of a case still open again when a corrected serial belongs to another contract', async () => {
      const convo = startConversation();
      const opened = await openCase(convo, words);
      assert.equal(opened.assessment, 'free');
      const reply = await convo.say(words.expiredSerialCorrection);
      assert.match(reply, /NPC21A00012346/);
      assert.match(reply, words.quoteFirst);
      const repairCase = (await convo.stores.cases.get(opened.id))!;
      assert.equal(repairCase.serial, 'NPC21A00012346');
      assert.equal(repairCase.warranty.status, 'expired');
      assert.equal(repairCase.assessment, 'charged');
      assert.deepEqual(repairCase.exclusions.map((exclusion) => exclusion.clause), ['expired']);
    });

    it('leaves a correction as a note for staff, not a change, once the device was received', async () => {
      const convo = startConversation();
      const opened = await openCase(convo, words);
      await convo.stores.cases.update(opened.id, (current) => ({ ...current, status: 'received' }));
      const reply = await convo.say(words.movedToWuhan);
      assert.match(reply, words.noteForStaff);
      assert.doesNotMatch(reply, words.wuhanCentre);
      const repairCase = (await convo.stores.cases.get(opened.id))!;
      assert.equal(repairCase.serviceCenterId, 'sh-east');
      assert.equal(repairCase.contact.region, opened.contact.region);
      const last = repairCase.history[repairCase.history.length - 1];
      assert.equal(last.event, 'customer_note');
      assert.match(last.note ?? '', /city: /);
    });

    it('takes a serial corrected during troubleshooting and asks the open step again', async () => {
      const convo = startConversation();
      const first = await convo.say(words.opening);
      assert.match(first, words.stepPattern);
      const reply = await convo.say(words.serialCorrection);
      assert.match(reply, words.serialCorrected);
      assert.equal(reply.match(words.stepPattern)?.[0], first.match(words.stepPattern)?.[0], 'the same step, not taken as its answer');
      assert.doesNotMatch(reply, words.pickAnOption);
      assert.equal((await convo.conversationData())?.product.serial, 'NPC25A00051872');
      assert.equal(await convo.pendingQuestion(), 'fixed');
    });

    it('asks for the model and date, not the serial, when the customer cannot find the serial sticker', async () => {
      const convo = startConversation();
      const first = await convo.say(words.noSerialOpening);
      assert.match(first, words.askModel);
      assert.equal(await convo.pendingQuestion(), 'model');
      await convo.say('NP-IPC2043');
      assert.equal(await convo.pendingQuestion(), 'purchase_date');
    });

    it('goes on to the model when the serial label is worn off', async () => {
      const convo = startConversation();
      await convo.say(lang === 'en' ? 'my camera has no video' : '摄像头没有画面了');
      assert.equal(await convo.pendingQuestion(), 'serial');
      await convo.say(words.labelWornOff);
      assert.equal(await convo.pendingQuestion(), 'model');
    });

    it('goes on to the model when the customer cannot get at the label, without naming it', async () => {
      const convo = startConversation();
      await convo.say(lang === 'en' ? 'my camera has no video' : '摄像头没有画面了');
      assert.equal(await convo.pendingQuestion(), 'serial');
      assert.match(await convo.say(words.outOfReach), words.askModel);
      assert.equal(await convo.pendingQuestion(), 'model');
    });

    it('opens a case for review with a note when neither serial, model nor date is known', async () => {
      const convo = startConversation();
      await convo.say(words.noSerialOpening);
      await convo.say(words.dontKnowModel);
      assert.equal(await convo.pendingQuestion(), 'purchase_date');
      let reply = await throughTroubleshooting(convo, await convo.say(words.dontKnowDate), words);
      if (words.checklistPattern.test(reply)) reply = await convo.say(words.none);
      if ((await convo.pendingQuestion()) === 'open_case') await convo.say(words.yes);
      await convo.say(words.contact);
      const [repairCase] = await convo.stores.cases.list();
      assert.ok(repairCase, 'a case is opened');
      assert.equal(repairCase.assessment, 'review');
      assert.ok(repairCase.history.some((entry) => /product not identified/.test(entry.note ?? '')));
    });

    it('uses a phone number given with the case id for the status, without asking for it', async () => {
      const stores = createMemoryStores();
      const owner = startConversation('directline', stores);
      const opened = await openCase(owner, words);
      const other = startConversation('webchat', stores);
      const reply = await other.say(words.statusWithPhone(opened.id));
      assert.match(reply, new RegExp(opened.id));
      assert.notEqual(await other.pendingQuestion(), 'case_phone');
      assert.doesNotMatch(reply, words.askPhoneForStatus);
    });

    it('takes a serial given with where it was read as the answer, not as a new fault report', async () => {
      const convo = startConversation();
      await convo.say(lang === 'en' ? 'is our VMS licence still under warranty? I think it was one year' : '想问下我们VMS授权还在保吗 好像是一年的');
      assert.equal(await convo.pendingQuestion(), 'serial');
      await convo.say(lang === 'en' ? 'from the licence certificate: LIC-VMS-2025 01120' : '授权证书上的 LIC-VMS-2025 01120');
      assert.equal((await convo.conversationData())?.product.record?.serial, 'LIC-VMS-2025-01120');
      assert.equal((await convo.conversationData())?.fault.symptom, undefined);
    });

    it('takes a case number corrected while its phone is asked as a correction, not as a fault report', async () => {
      const convo = startConversation();
      await convo.say(lang === 'en' ? 'status of my repair? RMA-20261118-0042' : '我的维修单 RMA-20261118-0042 到哪一步了');
      assert.equal(await convo.pendingQuestion(), 'case_phone');
      const reply = await convo.say(lang === 'en' ? "oops sorry, it's 0047 not 0042" : '不好意思 是0047 不是0042');
      assert.match(reply, /RMA-20261118-0047/);
      const fault = (await convo.conversationData())?.fault;
      assert.equal(fault?.symptom, undefined);
      assert.deepEqual(fault?.words, []);
    });
  });
}
