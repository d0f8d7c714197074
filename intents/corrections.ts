// What a message says when it puts right something said before: correction words, a corrected name, an unreadable serial.
// The dialogs decide what to change; reading the words stays here, with the rest of the NLU.

/** Words that mark a message as putting right something said before; a place or a name alone is no correction. */
const CORRECTION_CUE =
  /\b(?:actually|correction|correct|sorry|mistake|typo|wrong|changed?|moved|now|instead|not)\b|其实|不好意思|抱歉|对不起|说错|写错|搞错|弄错|填错|打错|更正|改成|改为|改一下|换了|换成|搬|拉回|运回|带回|挪到|人在|现在|不是|不对/iu;
/** A fault is put right only in so many words: "now" or "changed" are how faults are described too ("it works now"). */
const FAULT_CORRECTION_CUE = /\b(?:actually|correction|sorry|my mistake|typo|i meant|not\b[^.!?]*\bbut|instead)\b|其实|不好意思|抱歉|说错|写错|搞错|弄错|更正|不是[^。！？]*而是/iu;
const NAME_EN = /\b(?:my name is|my name's|name should be|call me)\s+([A-Za-z][A-Za-z'-]*(?:\s+[A-Z][A-Za-z'-]*){0,3})/u;
const NAME_ZH = /(?:我叫|名字是|名字应该是|姓名是|联系人是|联系人改成|名字改成)\s*([\u4e00-\u9fff]{2,4}?)(?=[，,。.！!\s]|$|不是)/u;
/** "The sticker peeled off", "标签找不到了": the serial cannot be read, so it is not asked for. */
const SERIAL_UNREADABLE = [
  /\b(?:serial|sticker|label|nameplate|plate|s\/n|sn)(?:'s)?\b[^.!?]{0,40}?\b(?:can'?t|cannot|can not|couldn'?t|unable|not able|no longer|worn|peeled|faded|(?:sun-?)?bleached|missing|gone|came off|fell off|unreadable|illegible|rubbed off|can only make out|rusted)/iu,
  /\b(?:can'?t|cannot|can not|couldn'?t|unable to|not able to)\s+(?:find|read|see|locate|reach)\b[^.!?]{0,20}?\b(?:serial|sticker|label|nameplate)/iu,
  /\b(?:no|without an?|there'?s no)\s+(?:serial|sticker|label)\b/iu,
  /(?:序列号|标签|铭牌|贴纸|SN)[^。！？]{0,10}?(?:找不到|看不到|看不清|看不出|认不出|没有了|没了|掉了|磨损|磨掉|模糊|不见|脱落|撕掉|够不着|锈|烂)/iu,
  /(?:找不到|看不到|看不清|没有|没看到)[^。！？]{0,6}?(?:序列号|标签|铭牌)/u,
];

/**
 * Where the serial is to be read ("its on the box in the guard room", "the label is on the camera up a 6 metre pole",
 * "标签在杆子顶上"): said about the label, the box or the papers, never a story of what happened to the product.
 */
const WHERE_THE_SERIAL_IS =
  /\b(?:label|sticker|nameplate|serial(?: number)?|s\/n|sn|box|packaging|carton|invoice)\b[^.!?]{0,30}?\b(?:is|are|'s|was|sits?)\s+(?:on|in|at|up|inside|under|behind)\b|^\W*(?:it'?s|its|it is)\s+(?:on|in)\s+(?:the|a|my|our)\s+(?:box|label|sticker|carton|packaging|invoice)\b|(?:标签|贴纸|铭牌|序列号|盒子|包装盒?|箱子|发票)[^，。！？]{0,3}(?:在|贴在|印在|上(?:抄|写|看|拍|印|找)(?:下来)?的)/iu;

export function tellsWhereTheSerialIs(text: string): boolean {
  return WHERE_THE_SERIAL_IS.test(text);
}

/** Said in answer to "what is the serial?", these mean it cannot be got at, even without naming the label. */
const SERIAL_OUT_OF_REACH = [
  /\b(?:can'?t|cannot|can not|couldn'?t|unable to|not able to)\s+(?:reach|find|read|see|get to|access|climb|get up)\b/iu,
  /\b(?:too high|up high|on the ceiling|no ladder|need a ladder|out of reach|not accessible|hard to reach|no access|not on site|not there now|not with me|not (?:to|at|on) hand)\b/iu,
  /^\W*(?:no,?\s+)?(?:i|we)\s+(?:don'?t|do not|didn'?t)\s+have\s+(?:it|that|the serial|one)\b/iu,
  /\b(?:don'?t|do not|dont)\s+have\s+(?:it|that|the serial|the label|the box)\s+(?:with me|on me|here|to hand)\b/iu,
  /够不着|够不到|拿不到|太高|没有梯子|没梯子|看不到|看不清|找不到|不在身边|不在现场|(?:我|人)(?:现在|这会儿?|今天)?不在(?:车场|厂里|店里|公司|单位|工地|仓库|机房|那边|跟前)|看不了|装在(?:天花板|高处|杆上)|手(?:上|边|头)(?:上)?没有|没带|不在手(?:上|边)/u,
];

/** Words that take back what came just before them: "杭州…不对 设备在武汉", "Hangzhou, no wait, Wuhan". */
const TAKES_BACK = /\b(?:no,? wait|hold on|hang on|wait a (?:sec|second|moment|minute)|oops|no,? sorry|sorry,? no|i mean|i meant|actually|correction|this one is|the right one is)\b|不对|我是说|应该是|说错了|写错了|搞错了|打反了|打错了/giu;

/** The text split at the last words that take back what came before them: what was said, and what was meant. */
export function splitAtTakingBack(text: string): { said: string; meant: string } | undefined {
  const marks = [...text.matchAll(TAKES_BACK)];
  const last = marks[marks.length - 1];
  if (last === undefined) return undefined;
  const at = last.index ?? 0;
  return { said: text.slice(0, at), meant: text.slice(at + last[0].length) };
}

export function saysCorrection(text: string): boolean {
  return CORRECTION_CUE.test(text);
}

export function saysFaultCorrection(text: string): boolean {
  return FAULT_CORRECTION_CUE.test(text);
}

/** The name a customer puts right ("my name is Li Na", "我叫王芳"), if any. */
export function correctedName(text: string): string | undefined {
  return (NAME_EN.exec(text) ?? NAME_ZH.exec(text))?.[1]?.trim();
}

export function serialUnreadable(text: string): boolean {
  return SERIAL_UNREADABLE.some((pattern) => pattern.test(text));
}

/** The answer to the serial question says the label cannot be read or reached: "can't reach, no ladder", "太高了够不着". */
export function serialOutOfReach(text: string): boolean {
  return serialUnreadable(text) || SERIAL_OUT_OF_REACH.some((pattern) => pattern.test(text));
}

/** "last digits are 1390 not 1930", "不是1930，是1390": a few digits of a serial put right, the right ones first or second. */
const DIGITS_RIGHT_FIRST = /\b(\d{2,6})\s*,?\s*(?:not|instead of)\s+(\d{2,6})\b|(\d{2,6})\s*[，,]?\s*不是\s*(\d{2,6})/iu;
const DIGITS_WRONG_FIRST = /\bnot\s+(\d{2,6})\s*,?\s*(?:but|it'?s|it is)\s+(\d{2,6})\b|不是\s*(\d{2,6})\s*[，,]?\s*(?:而)?是\s*(\d{2,6})/iu;

/** Whether the message puts a few digits right ("it's 0047 not 0042", "不是0042，是0047"), of whatever number. */
export function correctsDigits(text: string): boolean {
  return DIGITS_WRONG_FIRST.test(text) || DIGITS_RIGHT_FIRST.test(text);
}

/** The serial with the digits the customer corrected, when the message corrects part of the known serial. */
export function serialWithCorrectedDigits(serial: string, text: string): string | undefined {
  const wrongFirst = DIGITS_WRONG_FIRST.exec(text);
  const rightFirst = wrongFirst ? undefined : DIGITS_RIGHT_FIRST.exec(text);
  const wrong = wrongFirst ? (wrongFirst[1] ?? wrongFirst[3]) : (rightFirst?.[2] ?? rightFirst?.[4]);
  const right = wrongFirst ? (wrongFirst[2] ?? wrongFirst[4]) : (rightFirst?.[1] ?? rightFirst?.[3]);
  if (!wrong || !right || wrong.length !== right.length) return undefined;
  const at = serial.lastIndexOf(wrong);
  return at < 0 ? undefined : `${serial.slice(0, at)}${right}${serial.slice(at + wrong.length)}`;
}

