// Chinese as typed, read as Mainland Mandarin: traditional characters, pinyin slips and Cantonese words, each the same length.
import { Converter } from 'opencc-js/t2cn';

/**
 * Every entry keeps its length, so a position in the text as read is the same position in the text as typed and the
 * customer's own words can still be quoted. Entries apply in order: the longer Cantonese words before their characters.
 */
const READINGS: ReadonlyArray<readonly [typed: RegExp, read: string]> = [
  // Taiwan's words of the trade, once OpenCC has put them in simplified characters.
  [/摄影机/gu, '摄像机'],
  [/保固/gu, '保修'],
  [/当机/gu, '死机'],
  // Pinyin input's common slips ("俺家猪场的摄向头坏了…黑平").
  [/摄[向象相想]头|设[像想象向相]头|射像头|摄像投/gu, '摄像头'],
  // Voice input's homophones ("设想头不量了 插上店也没有反映", "看不青", "插得很劳").
  [/不量(?=了)/gu, '不亮'],
  [/(?<=插上|通上|断了?)店/gu, '电'],
  [/(?<=没有?|无)反映/gu, '反应'],
  [/看不青/gu, '看不清'],
  [/[理里]线(?=了|$|[\s，。！？])/gu, '离线'],
  [/(?<=[得很挺])劳(?=[了的\s，。！]|$)/gu, '牢'],
  [/录[相象]机|录[像相象]鸡/gu, '录像机'],
  [/黑[平瓶评]/gu, '黑屏'],
  [/球鸡/gu, '球机'],
  [/云抬/gu, '云台'],
  [/监[空孔]/gu, '监控'],
  [/保休/gu, '保修'],
  [/密马/gu, '密码'],
  // Chat's own spelling of 没有 ("木有"), where no tree or wood has anything.
  [/(?<![树林草积原苗枕实])木有/gu, '没有'],
  // Sichuan and Chongqing: 莫得, 莫有 and 么得 are 没有 ("摔都莫得摔过"), a 要得 on its own is an OK.
  [/莫[得有]|(?<![什怎那这多要])[么幺]得/gu, '没有'],
  [/要得(?=[\s\p{P}~～]|$)/gu, '好的'],
  // "还是不得行": it does not work (不得 alone is Mandarin's "must not").
  [/不得行/gu, '不好使'],
  // Chat's "阔以" for 可以.
  [/阔以/gu, '可以'],
  // Cantonese as written in Guangdong and Hong Kong ("冇跌过冇入水，都冇人拆过", "试咗，都系咁", "咁係咪免费㗎").
  [/[系係]唔[系係]/gu, '是不是'],
  [/[系係]咪/gu, '是否'],
  [/都[系係]咁/gu, '都这样'],
  [/唔得/gu, '不行'],
  [/唔该/gu, '谢谢'],
  [/啱啱/gu, '刚刚'],
  [/乜嘢/gu, '什么'],
  [/而家/gu, '现在'],
  [/[琴寻尋]日/gu, '昨天'],
  [/听日/gu, '明天'],
  [/边度/gu, '哪里'],
  [/边个/gu, '哪个'],
  [/点样/gu, '怎样'],
  [/点解/gu, '为何'],
  [/好似/gu, '好像'],
  [/搞掂/gu, '搞定'],
  [/咁样/gu, '这样'],
  [/入(?=[咗了]?水(?!口))/gu, '进'],
  // 唔 alone, before a pause, is Mandarin's "hmm"; before a word it negates it.
  [/唔(?=\p{Script=Han})/gu, '不'],
  [/冇/gu, '没'],
  [/咗/gu, '了'],
  [/嘅/gu, '的'],
  [/佢/gu, '他'],
  [/哋/gu, '们'],
  [/喺/gu, '在'],
  [/睇/gu, '看'],
  [/[揾搵]/gu, '找'],
  [/嚟/gu, '来'],
  [/攞/gu, '拿'],
  [/嗰/gu, '那'],
  [/[畀俾]/gu, '给'],
  [/啱/gu, '对'],
  [/咩/gu, '啥'],
  [/咁/gu, '那'],
  // "好啲", "有啲": a little; otherwise the possessive.
  [/(?<=[好快多少大小慢高低近远有])啲/gu, '点'],
  [/啲/gu, '的'],
  [/仲(?=[系係是不没未要有会可])/gu, '还'],
  // 系 is Mandarin too (系统, 关系): only where Cantonese uses it for 是.
  [/(?<=[都就不仲又也还])[系係](?![统列数])|[系係](?=[啊呀啦喇㗎嘅的])|^[系係]$/gu, '是'],
  [/(?<![关關])係/gu, '是'],
  [/(?<=[不没])郁/gu, '动'],
  // "同我讲", "同我倾": talk to me; "仲有冇保養": Cantonese's 保养 is the warranty, Mandarin's "从来没保养过" the upkeep.
  [/同(?=我们?[讲倾说])/gu, '跟'],
  [/(?<=跟我们?)[讲倾](?=[\s\p{P}先下吓]|$)/gu, '说'],
  [/(?<=有没有?|有没|还有|过了?|在)保养(?=期|[吗嘛么呢啊㗎？?。，！\s]|$)/gu, '保修'],
];

/** Cheap test first: most messages are English or plain Mandarin and need none of the readings. */
const ANY_TYPED = new RegExp(READINGS.map(([typed]) => typed.source).join('|'), 'u');

/** Taiwan's phrasing first (軟體 → 软件, 硬碟 → 硬盘), character by character where a phrase would change the length. */
const fromTaiwanPhrases = Converter({ from: 'twp', to: 'cn' });
const fromTraditional = Converter({ from: 't', to: 'cn' });
const HAN = /\p{Script=Han}/u;

function inSimplifiedCharacters(text: string): string {
  const phrased = fromTaiwanPhrases(text);
  if (phrased.length === text.length) return phrased;
  const characters = fromTraditional(text);
  return characters.length === text.length ? characters : text;
}

export function chineseAsRead(text: string): string {
  if (!HAN.test(text)) return text;
  const simplified = inSimplifiedCharacters(text);
  if (!ANY_TYPED.test(simplified)) return simplified;
  return READINGS.reduce((read, [typed, meant]) => read.replace(typed, meant), simplified);
}
