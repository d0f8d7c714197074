import assert from 'node:assert/strict';
import { EntityExtractor } from '../../intents/entities';

const TODAY = '2025-11-20';
const extractor = new EntityExtractor(['NP-NVR1016']);

describe('EntityExtractor', () => {
  it('finds a serial after "SN" and keeps it apart from the model', () => {
    const entities = extractor.extract('My NP-IPC2043 SN NPC21A00012345 fell off the pole', 'en', TODAY);
    assert.equal(entities.serial, 'NPC21A00012345');
    assert.equal(entities.model, 'NP-IPC2043');
  });

  it('finds a dashed licence serial but not a case id as a serial', () => {
    const entities = extractor.extract('licence LIC-VMS-2024-00831, case rma-20261124-0007', 'en', TODAY);
    assert.equal(entities.serial, 'LIC-VMS-2024-00831');
    assert.equal(entities.case, 'RMA-20261124-0007');
  });

  it('recognises a registry model however it is spaced', () => {
    assert.equal(extractor.extract('两年前买的 np nvr1016', 'zh', TODAY).model, 'NP-NVR1016');
  });

  it('reads a Chinese mobile number with +86 and spaces, never as a serial', () => {
    const entities = extractor.extract('call me on +86 138 0013 8000', 'en', TODAY);
    assert.equal(entities.phone, '13800138000');
    assert.equal(entities.serial, undefined);
  });

  it('reads a number abroad with its country code, and no fragment of digits as one', () => {
    assert.equal(extractor.extract('Aidar Nurlanov, +7 701 455 2817, Almaty, Kazakhstan', 'en', TODAY).phone, '+77014552817');
    assert.equal(extractor.extract('call +49-30-1234567 please', 'en', TODAY).phone, '+49301234567');
    assert.equal(extractor.extract('+86 138 1234 5678', 'en', TODAY).phone, '13812345678');
    assert.equal(extractor.extract('price went +5 2 3', 'en', TODAY).phone, undefined);
    assert.equal(extractor.extract('137 1246 0983……不对不对 最后两位打反了 是13712460938', 'zh', TODAY).phone, '13712460938');
    assert.equal(extractor.extract('138 0013 8000, no sorry, 139 0013 8000', 'en', TODAY).phone, '13900138000');
  });
  it('reads a ticket, order or contract number as no serial', () => {
    assert.equal(extractor.extract('Please reference our ticket INC-7734021 on the RMA', 'en', TODAY).serial, undefined);
    assert.equal(extractor.extract('合同号 HT2023-0049，序列号 NPC21A00012345', 'zh', TODAY).serial, 'NPC21A00012345');
    assert.equal(extractor.extract('PO-20231188 for camera NPC21A00012345', 'en', TODAY).serial, 'NPC21A00012345');
  });

  it('reads a Chinese landline written from abroad with +86 as the landline', () => {
    assert.equal(extractor.extract('Priya Menon (Service Desk, on behalf of site), +86 871 6318 0552, Kunming, Yunnan', 'en', TODAY).phone, '0871-63180552');
    assert.equal(extractor.extract('+86 10 8888 6666', 'en', TODAY).phone, '010-88886666');
  });

  it('reads a Taiwan mobile written the local way as a phone, and no shorter number beginning 09', () => {
    assert.equal(extractor.extract('張家豪 0937-516-284 台中市西屯區', 'zh', TODAY).phone, '0937516284');
    assert.equal(extractor.extract('call 0912 345 678', 'en', TODAY).phone, '0912345678');
    assert.equal(extractor.extract('room 0912 34 on floor 2', 'en', TODAY).phone, undefined);
  });

  it('takes the serial meant when the customer takes back the first one in the same message', () => {
    assert.equal(extractor.extract("NPC25A00051873 — hold on, that's the one next to it. This one is NPC25A00051872.", 'en', TODAY).serial, 'NPC25A00051872');
    assert.equal(extractor.extract('NPN24C00005909... hang on, the last digits are 5990. NPN24C00005990.', 'en', TODAY).serial, 'NPN24C00005990');
    assert.equal(extractor.extract('NPC25A00051873，不对，应该是NPC25A00051872', 'zh', TODAY).serial, 'NPC25A00051872');
    assert.equal(extractor.extract('my serial is NPC25A00051873, actually the camera is at the gate', 'en', TODAY).serial, 'NPC25A00051873');
  });

  it('joins a serial dictated to a phone, its dashes said as words, and never the words around it', () => {
    assert.equal(extractor.extract('the sea real number is N P C dash 24 B dash 0004 dash 5333', 'en', TODAY).serial, 'NPC24B00045333');
    assert.equal(extractor.extract('so it is N P C 24 B 0004 5533 thanks', 'en', TODAY).serial, 'NPC24B00045533');
    assert.equal(extractor.extract('it ends in 5533 not 5333', 'en', TODAY).serial, undefined);
    assert.equal(extractor.extract('I have 2 cameras and 3 NVR at 5 sites', 'en', TODAY).serial, undefined);
    assert.equal(extractor.extract('press 1 dash 2 on the keypad', 'en', TODAY).serial, undefined);
  });

  it('joins a serial copied in groups, and never words or a phone number around it', () => {
    assert.equal(extractor.extract('its NPN 26A 0000 7016', 'en', TODAY).serial, 'NPN26A00007016');
    assert.equal(extractor.extract('NPN 26A 0000 7016 thanks', 'en', TODAY).serial, 'NPN26A00007016');
    assert.equal(extractor.extract('盒子上写的 npc21a 0001 2345', 'zh', TODAY).serial, 'NPC21A00012345');
    assert.equal(extractor.extract('npp 22a 0000 4416', 'zh', TODAY).serial, 'NPP22A00004416');
    assert.equal(extractor.extract('lic fr 2026 00058', 'en', TODAY).serial, 'LICFR202600058');
    assert.equal(extractor.extract('N P C 2 4 C 0 0 0 4 7 7 0 7', 'en', TODAY).serial, 'NPC24C00047707');
    assert.equal(extractor.extract('a b c d e f g h i j', 'en', TODAY).serial, undefined);
    assert.equal(extractor.extract('licence for 2026 please', 'en', TODAY).serial, undefined);
    assert.equal(extractor.extract('the cam at the gate 22a 0000 4416', 'en', TODAY).serial, undefined);
    assert.equal(extractor.extract('call 138 1234 5678', 'en', TODAY).serial, undefined);
    assert.equal(extractor.extract('IPC 2043 camera 3 units', 'en', TODAY).serial, undefined);
    assert.equal(extractor.extract('room 12B 3045 floor 2', 'en', TODAY).serial, undefined);
    const modelThenNumber = extractor.extract('哦不对 型号是NP-NVR3216 3108是另一家店的', 'zh', TODAY);
    assert.deepEqual([modelThenNumber.model, modelThenNumber.serial], ['NP-NVR3216', undefined]);
  });
  it('offers a serial with the group typed before or after it, for the registry to choose, and nothing when no group is beside it', () => {
    const split = extractor.extract('序列号 npc25a0005 1872', 'zh', TODAY);
    assert.deepEqual([split.serial, split.serialJoined], ['NPC25A0005', 'NPC25A00051872']);
    const headSplit = extractor.extract('NPE25 A00000871', 'zh', TODAY);
    assert.deepEqual([headSplit.serial, headSplit.serialJoined], ['A00000871', 'NPE25A00000871']);
    assert.equal(extractor.extract('camera 3 A00000871', 'en', TODAY).serialJoined, undefined);
    assert.equal(extractor.extract('serial NPC21A00012345, bought 2019', 'en', TODAY).serialJoined, undefined);
    assert.equal(extractor.extract('NPC21A00012345 thanks', 'en', TODAY).serialJoined, undefined);
    assert.equal(extractor.extract('its NPN 26A 0000 7016', 'en', TODAY).serialJoined, undefined);
  });
  it('recognises a registry model written without its NP- prefix, as the registry names it', () => {
    const withModels = new EntityExtractor(['NP-VMS8100', 'NP-IPC2143-IR']);
    assert.equal(withModels.extract('网力的VMS平台，好像是VMS8100', 'zh', TODAY).model, 'NP-VMS8100');
    assert.equal(withModels.extract('IPC2143 IR at the gate', 'en', TODAY).model, 'NP-IPC2143-IR');
    assert.equal(withModels.extract('网力的 好像是IPC2143', 'zh', TODAY).model, 'NP-IPC2143-IR');
    assert.equal(new EntityExtractor(['NP-NVR5432-4K', 'NP-NVR5432-8K']).extract('the NVR5432 in the lobby', 'en', TODAY).model, undefined);
    assert.equal(withModels.extract('the VMS is slow', 'en', TODAY).model, undefined);
  });
  it('reads a Beijing landline', () => {
    assert.equal(extractor.extract('电话010-8888 6666', 'zh', TODAY).phone, '010-88886666');
  });

  it('reads "last March" as the most recent March', () => {
    assert.equal(extractor.extract('I bought it last March', 'en', TODAY).date, '2025-03-01');
  });

  it('reads "two years ago" against the reference day', () => {
    assert.equal(extractor.extract('we installed it two years ago', 'en', TODAY).date, '2023-11-20');
  });

  it('reads 去年三月 as March of last year', () => {
    assert.equal(extractor.extract('去年三月买的', 'zh', TODAY).date, '2024-03-01');
  });

  it('reads a full Chinese date', () => {
    assert.equal(extractor.extract('2024年5月10号买的', 'zh', TODAY).date, '2024-05-10');
  });

  it('reads 两年前 against the reference day', () => {
    assert.equal(extractor.extract('两年前买的', 'zh', TODAY).date, '2023-11-20');
  });

  it('reads month-and-day and weekday dates in Chinese through chrono', () => {
    assert.equal(extractor.extract('3月5日买的', 'zh', TODAY).date, '2025-03-05');
    assert.equal(extractor.extract('12月3日买的', 'zh', TODAY).date, '2024-12-03', 'a date later this year is last year’s');
    assert.equal(extractor.extract('昨天刚装上', 'zh', TODAY).date, '2025-11-19');
  });

  it('reads a two-digit Chinese year as this century unless that is in the future', () => {
    assert.equal(extractor.extract('19年3月采购的，质保两年', 'zh', TODAY).date, '2019-03-01');
    assert.equal(extractor.extract('18年买的硬盘录像机', 'zh', TODAY).date, '2018-01-01');
    assert.equal(extractor.extract('98年的老设备', 'zh', TODAY).date, '1998-01-01');
    assert.equal(extractor.extract('我们工地那批枪机是19年进场的，合同上写质保三年', 'zh', TODAY).date, '2019-01-01');
    assert.equal(extractor.extract('22年左右', 'zh', TODAY).date, '2022-01-01');
    assert.equal(extractor.extract('大概是22年。', 'zh', TODAY).date, '2022-01-01');
  });

  it('does not take a length of time in Chinese for a year', () => {
    assert.equal(extractor.extract('保修3年', 'zh', TODAY).date, undefined);
    assert.equal(extractor.extract('质保两年', 'zh', TODAY).date, undefined);
    assert.equal(extractor.extract('我们有20台', 'zh', TODAY).date, undefined);
  });

  it('reads how long a product has been in use as when it was bought', () => {
    assert.equal(extractor.extract('买了四年了', 'zh', TODAY).date, '2021-11-20');
    assert.equal(extractor.extract('用了10年了', 'zh', TODAY).date, '2015-11-20');
    assert.equal(extractor.extract('the dvr is 6 years old', 'en', TODAY).date, '2019-11-20');
    assert.equal(extractor.extract('bought it like 6 yrs ago', 'en', TODAY).date, '2019-11-20');
  });

  it('reads a lone English year after buying or before "project", and only there', () => {
    assert.equal(extractor.extract('no audio on recordings. bought 2018.', 'en', TODAY).date, '2018-01-01');
    assert.equal(extractor.extract('It was part of a 2013 project.', 'en', TODAY).date, '2013-01-01');
    assert.equal(extractor.extract('we have 2000 cameras', 'en', TODAY).date, undefined);
  });

  it('finds the earliest date named, where the first one may be the night of the fault', () => {
    const text = "The IR lights don't come on at night anymore. These went up in 2015 when the building opened.";
    const { entities, earliestDate } = extractor.extractWithAge(text, 'en', TODAY);
    assert.equal(entities.date, TODAY);
    assert.equal(earliestDate, '2015-01-01');
    const chinese = '上周三开始不录像了，这套是18年装的';
    assert.equal(extractor.extractWithAge(chinese, 'zh', TODAY).earliestDate, '2018-01-01');
  });

  it('takes the date said with a word about buying for the purchase date, wherever it stands', () => {
    assert.equal(extractor.extract('no video since Monday, we bought it last March', 'en', TODAY).date, '2025-03-01');
    assert.equal(extractor.extract('昨天开始没画面，去年三月买的', 'zh', TODAY).date, '2024-03-01');
    assert.equal(extractor.extract('no video since Monday', 'en', TODAY).date, '2025-11-17');
  });

  it('does not take 夜 in 夜视 for a date', () => {
    assert.equal(extractor.extract('就是夜视不行', 'zh', TODAY).date, undefined);
  });

  it('leaves out what is not there', () => {
    assert.deepEqual(extractor.extract('hello there', 'en', TODAY), {});
  });
});
