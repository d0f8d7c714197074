import assert from 'node:assert/strict';
import { contactSaidIn } from '../../intents/contactSaid';

describe('contactSaidIn', () => {
  const table: Array<[text: string, phone: string, lang: 'en' | 'zh', expected: ReturnType<typeof contactSaidIn>]> = [
    ['NVR beeps. Contact: Deng Qiang, 13550287314, 成都.', '13550287314', 'en', { phone: '13550287314', name: 'Deng Qiang', region: 'Chengdu' }],
    ["I'm in Xiangyang, Hubei. Deng Bo 13971524086", '13971524086', 'en', { phone: '13971524086', name: 'Deng Bo' }],
    ['硬盘报异常，我是南京的，王丽 15951873306', '15951873306', 'zh', { phone: '15951873306', name: '王丽', region: '南京市' }],
    ['联系人刘畅 18673120045 长沙。麻烦安排一下维修', '18673120045', 'zh', { phone: '18673120045', name: '刘畅', region: '长沙市' }],
    ['不好意思电话写错了一位 是13987165420', '13987165420', 'zh', { phone: '13987165420' }],
    ['oh sorry please use my other number 13913946620, the first one is the shop phone', '13913946620', 'en', { phone: '13913946620' }],
    ['my name is Li Na, call 13812345678 when the parts arrive', '13812345678', 'en', { phone: '13812345678', name: 'Li Na' }],
    ['算了 还是开吧 吴斌 18655107739 合肥', '18655107739', 'zh', { phone: '18655107739', name: '吴斌', region: '合肥市' }],
  ];
  for (const [text, phone, lang, expected] of table) {
    it(`reads ${JSON.stringify(expected)} from "${text}"`, () => assert.deepEqual(contactSaidIn(text, phone, lang), expected));
  }
});
