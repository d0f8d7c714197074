// Reads short replies to the assistant's prompts: yes/no, numbered choices, star ratings, "none" and "don't know", in English and Chinese.

const YES_EN = /^(?:y|yes|yeah|yep|yup|sure|correct|right|indeed|of course|it did|it is|it was|i did|we did|affirmative|ok|okay)\b/iu;
const NO_EN = /^(?:n|no|nope|nah|never|not really|not at all|negative|it didn't|it did not|it wasn't|it was not|i didn't|we didn't)\b/iu;
/** Chinese answers "yes" by echoing the verb, so the common echoes count too. */
const YES_ZH = /^(?:是的?|对的?|有的?|嗯+|好的?|没错|确实|是啊|对啊|有过|摔过|进过水|拆过|刷过)/u;
const NO_ZH = /^(?:没有?|不是|不对|否|无|从来没|从没|并没有|没呢|不)/u;

/** true for yes, false for no, undefined when the reply is neither (numbers are not answers). */
export function parseYesNo(reply: string): boolean | undefined {
  const text = reply.normalize('NFKC').trim().toLowerCase().replace(/^(?:well|um+|uh+|hmm+|oh)[,\s]+/u, '');
  if (!text || /^\d/u.test(text)) return undefined;
  // "no" is tested first so "不是" and "not really" are not read as "是" or "really".
  if (NO_EN.test(text) || NO_ZH.test(text)) return false;
  if (YES_EN.test(text) || YES_ZH.test(text)) return true;
  return undefined;
}

const ENGLISH_NUMBERS: Record<string, number> = {
  one: 1, first: 1, two: 2, second: 2, three: 3, third: 3, four: 4, fourth: 4, five: 5, fifth: 5,
  six: 6, sixth: 6, seven: 7, seventh: 7, eight: 8, eighth: 8, nine: 9, ninth: 9, ten: 10, tenth: 10,
};
const CHINESE_NUMBERS: Record<string, number> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};

/** "1 and 3", "1,3", "第二个", "一和三", "2、4" → the distinct choices 1..max, in the order given. */
export function parseChoiceNumbers(reply: string, max: number): number[] {
  const text = reply.normalize('NFKC').toLowerCase();
  const choices: number[] = [];
  for (const match of text.matchAll(/\d+|[a-z]+|[一二两三四五六七八九十]/gu)) {
    const token = match[0];
    const value = /^\d+$/u.test(token) ? Number(token) : ENGLISH_NUMBERS[token] ?? CHINESE_NUMBERS[token];
    if (value !== undefined && value >= 1 && value <= max && !choices.includes(value)) choices.push(value);
  }
  return choices;
}

export type Rating = 1 | 2 | 3 | 4 | 5;

const RATING_WORDS: Array<[RegExp, Rating]> = [
  [/非常满意|十分满意|特别满意|超级满意|excellent|outstanding|perfect|amazing/iu, 5],
  [/非常不满意|很不满意|很差|非常差|太差|极差|terrible|awful|horrible|useless/iu, 1],
  [/not bad|挺好|还不错/iu, 4],
  [/不满意|较差|比较差|poor|bad/iu, 2],
  [/一般|还行|还可以|还好|凑合|马马虎虎|okay|\bok\b|fine|average|so-so|alright/iu, 3],
  [/满意|很好|不错|good|great/iu, 4],
];

function asRating(value: number): Rating | undefined {
  return value >= 1 && value <= 5 && Number.isInteger(value) ? (value as Rating) : undefined;
}

/** "5", "five", "4 stars", "五星", "五分", "非常满意" → 1..5; undefined when no rating is given. */
export function parseRating(reply: string): Rating | undefined {
  const text = reply.normalize('NFKC').trim().toLowerCase();
  const digit = text.match(/(?<!\d)([1-5])(?!\d)(?:\s*(?:stars?|\/\s*5|out of 5|星|分))?/u);
  if (digit) return asRating(Number(digit[1]));
  const chinese = text.match(/([一二三四五])\s*(?:星|分|颗星)/u);
  if (chinese) return asRating(CHINESE_NUMBERS[chinese[1]]);
  const english = text.match(/\b(one|two|three|four|five)\b/u);
  if (english) return asRating(ENGLISH_NUMBERS[english[1]]);
  return RATING_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

/** A rating given first ("4分 能不能加个电话客服？"): the reply's first phrase rates the chat. */
export function opensWithRating(reply: string): boolean {
  const first = reply.trim().split(/[,，。.!！?？;；\s]+/u)[0] ?? '';
  return parseRating(first) !== undefined;
}

const DONT_KNOW = /(don'?t know|do not know|not sure|\bunsure\b|no idea|no clue|\bdunno\b|\bidk\b|can'?t find|cannot find|can not find|unknown|forgot|don'?t remember|不知道|不清楚|不确定|拿不准|说不好|找不到|不记得|忘了|没有标签|看不到|不晓得)/i;

export function isDontKnow(text: string): boolean {
  return DONT_KNOW.test(text);
}

const NONE = /^(none|none of (these|them|the above)|nothing|no|nope|not at all|neither|0|都没有|没有|都不是|无|均无|没|一个都没有|以上都没有)[\s!?.。！？]*$/i;

/** "None of these" as an answer to a checklist. */
export function isNone(text: string): boolean {
  return NONE.test(text.trim());
}
