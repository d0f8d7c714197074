// Matches a reply to the options of a question: a button's exact title, option numbers, and the words or synonyms of an option.
import { parseChoiceNumbers } from './replies';
import { ENGLISH_NEGATION, LIST_GOES_ON, PLANNING, RHETORICAL_WHO_ZH, SUPPOSING_IF } from '../negation';

function normalised(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
}

/** The 1-based option whose title the reply is, as a clicked button sends it. */
export function exactOption(text: string, options: readonly string[]): number | undefined {
  const reply = normalised(text);
  const index = options.findIndex((option) => normalised(option) === reply);
  return index >= 0 ? index + 1 : undefined;
}

/** The 1-based option whose title of two words or more the reply opens with: "not now - our integrator comes Monday". */
export function leadingOption(text: string, options: readonly string[]): number | undefined {
  const reply = normalised(text);
  const index = options.findIndex((option) => {
    const title = normalised(option);
    const long = title.includes(' ') || /\p{Script=Han}{3,}/u.test(title);
    return long && reply.startsWith(`${title} `);
  });
  return index >= 0 ? index + 1 : undefined;
}

/** What may stand beside option numbers in a reply that is only numbers: "1 and 3", "第二个", "only 2 I think". */
const NUMBER_FILLER =
  /\b(?:and|also|plus|both|only|just|options?|numbers?|no|the|i think|maybe|ones?|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|\d+|[#&第个條条项和跟与及还有以选是吧嗯一二两三四五六七八九十]|[\s\p{P}]/giu;
/**
 * A number marked as an option inside a longer sentence: "option 2", "#3", "第二条", "第二"; never the 第三 of 第三方
 * (third-party) nor the 第二 of 第二天 (the next day).
 */
const MARKED_NUMBER = /(?:\b(?:option|number|no\.?)\s*|#)(\d+)|第\s*([\d一二两三四五六七八九十]+)\s*(?:[个條条项点种]|(?=\s*(?:[，,。、和跟与及;；！!？?]|$)))/giu;

/** The option numbers given, in order; numbers inside a sentence ("bought it 2 years ago") count only when marked. */
export function optionNumbers(text: string, max: number): number[] {
  if (text.replace(NUMBER_FILLER, '').length === 0) return parseChoiceNumbers(text, max);
  const marked = [...text.matchAll(MARKED_NUMBER)].map((match) => match[0]).join(' ');
  return marked ? parseChoiceNumbers(marked, max) : [];
}

/**
 * Words that name the same thing as an option's words, in both languages, so "it got wet" picks
 * the option about water and "摔过" the one about drops. An option has a concept when its title
 * holds one of the concept's words.
 */
const CONCEPTS: readonly RegExp[] = [
  /\b(?:drop(?:ped)?|fell|fall(?:en|ing)?|knock(?:ed)?|crush(?:ed)?|hit|smash(?:ed)?|bump(?:ed)?|impact)\b|摔|掉下|掉地|掉落|跌|磕|碰|撞|砸|挤压/iu,
  /\b(?:water|wet|rain(?:ed)?|liquid|moisture|humid(?:ity)?|leak(?:ed|ing)?|soaked)\b|进水|(?<!洪)水|淋|泡|受潮|潮湿/iu,
  /\b(?:heat|hot|fire|burn(?:t|ed)?|overheat(?:ed)?)\b|高温|烫|火|烧/iu,
  /\b(?:surge|lightning|struck|spike|brownout|voltage)\b|\bunstable power\b|\bpower (?:spikes?|fluctuat\w*|dips?)\b|浪涌|雷|电压|电不稳|跳闸/iu,
  /\b(?:corrosion|corroded|rust(?:y|ed)?)\b|腐蚀|锈/iu,
  /\b(?:flood(?:ed)?|earthquake|typhoon|hurricane|storm|disaster)\b|洪水|地震|台风|灾|暴雨/iu,
  // "办公室外面" is outside an office, not outdoors.
  /\b(?:specifications?|specs?|outdoors)\b|(?<!办公|教|会议|机|控制|值班|卧|浴)室外|户外|超出|规格/iu,
  // Software named with where it came from: "the software hung" is a fault, "flashed a firmware from a forum" is this
  // option, "it runs the official firmware" denies it; "cracked the dome" is a knock, not cracked software, and "a power
  // supply from a third-party supplier" is a part, not software.
  /\b(?:official|standard|stock|original|genuine)\b[^.!?]{0,12}\b(?:firmware|software)\b|\b(?:firmware|software)\b[^.!?]{0,20}\b(?:official|standard|stock|original|genuine|from (?:your|netposa))|(?:原厂|原装|官方|官网|正版)[^，。！？]{0,6}(?:固件|软件)|(?:固件|软件)[^，。！？]{0,6}(?:原厂|原装|官方|官网|正版)|(?<!\b(?:dome|housing|lens|glass|cover|case|casing|window|bubble|board|screen)\b[^.!?]{0,15})\b(?:cracked|modified|third[- ]party|hacked|flashed|custom|unofficial|pirated)\b(?![^.!?]{0,15}\b(?:dome|housing|lens|glass|cover|case|casing|window|bubble|board|screen|wall|mount|bracket|power|supply|supplier|psu|adapter|parts?|fan|disks?|drives?|hdds?|cables?|batter(?:y|ies)|technician|tech|guy|contractor|electrician|engineer|repairer|shop)\b)|\b(?:installed|loaded|upgraded|updated|downloaded|put)\b[^.!?]{0,30}\b(?:firmware|software|plugin)\b|\b(?:firmware|software|plugin)\b[^.!?]{0,20}\b(?:from|off)\s+(?:[\w'-]+\s+){0,2}?(?:forum|internet|web|github|friend)|破解|刷机|刷过|刷了|刷完|改版|第三方(?![^，。！？]{0,4}(?:电源|适配器|配件|硬盘|风扇|主板|电池|线|维修|师傅|电工|公司|店))|盗版|非官方|(?:装|升级|下载|下了?|刷)[^，。！？]{0,8}(?:固件|软件|插件)|(?:固件|软件|插件)[^，。！？]{0,8}(?:下(?:载)?的|装的|刷的)/iu,
  /\b(?:opened|opening|repaired|disassembled|took (?:it )?apart|repair shop|technician)\b|\b(?:removed|took off|unscrewed)\s+(?:the\s+|its\s+)?(?:rear\s+|back\s+|front\s+|top\s+)?(?:cover|housing|lid|casing|case)\b|\b(?:took|take|taken|taking|had)\s+(?:the\s+|its\s+)?(?:rear\s+|back\s+|front\s+|top\s+)?(?:cover|housing|lid|casing|case|dome|bubble)\s+off\b|拆|修过|维修过|打开过/iu,
  /\b(?:second[- ]?hand|used one|marketplace|taobao|ebay|online shop)\b|二手|网店|淘宝|闲鱼|拼多多/iu,
];

/**
 * Fault and trade words that name no cause: "fell offline" is not a fall, nor a network that drops, "dropped frames",
 * "掉线" or "掉帧"; a "hot-swap" tray is no heat, nor a "burnt capacitor" found inside.
 */
const NOT_A_CAUSE =
  /\bhot[- ]?(?:swap|plug|spare|standby)\w*|\b(?:burnt|burned|blown|fried)(?:[- ]out)?\s+(?:capacitors?|caps?|resistors?|fuses?|chips?|components?|diodes?|transistors?)\b|(?:电容|电阻|保险丝|保险管|芯片)(?:被)?烧|烧了(?:个|一个|颗)?(?:电容|电阻|保险丝|保险管|芯片)|\bf[ae]ll(?:s|en)?\s+(?:off[\s-]?line|off the (?:network|wi-?fi)|asleep)\b|\b(?:network|connection|signal|wi-?fi|frames?|packets?|video|stream|link|cameras?)\s+(?:keeps?\s+)?drop(?:s|ped|ping)?\b|\bdrop(?:s|ped|ping)?\s+(?:off(?:[\s-]?line)?|out|frames?|packets?|(?:the )?(?:connection|signal)|off the (?:network|nvr|recorder|wi-?fi))\b|掉线|掉帧|掉电|掉网/giu;

/** A word explained as a fault: "fall off = I mean it go offline", "摔了的意思是掉线了". */
const CLARIFIES_A_FAULT_WORD =
  /(?:=|\bi mean\b|\bi meant\b|\bmeans\b|\bmeant\b|\bi\.e\.)[^.!?]{0,30}\b(?:offline|network|connection|signal|video|picture|disconnect\w*)\b|(?:意思是|是说|指的是)[^。！？]{0,10}(?:掉线|离线|断网|没画面|断线)/iu;
/** A word in quotes is talked about, not said: "'Dropped' in the ticket means the video dropped, not the box". */
const QUOTED_WORDS = /(?<![\p{L}\p{N}])['"“‘「『][^'"”’」』\n]{1,30}?['"”’」』](?![\p{L}\p{N}])/gu;
/** Chinese chat uses spaces as commas ("没摔过 就是那天停电了"). */
const CLAUSE_BREAK = /[,，;；。.!！?？\n]|\bbut\b|但是?|不过|可是|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;
const DENIES = new RegExp(
  `${ENGLISH_NEGATION.source}|\\bwho (?:would|could|'d) (?:touch|drop|open|move)\\b|没|未|不是|并非|无|不曾|从来?没|不[着到会]|不敢(?!说)|不让|不可能|${RHETORICAL_WHO_ZH}|哪(?:会|能|有)`,
  'iu',
);
/**
 * Words that say a named thing was as it should be: "standard firmware from your site", "原厂固件", a case "only opened to fit
 * the hard drives as the manual describes" deny the option.
 */
const AS_IT_SHOULD_BE =
  /\b(?:official|standard|stock|original|genuine|legit(?:imate)?)\b|\bfrom (?:your|netposa'?s?|the netposa) (?:site|website|portal|downloads?)\b|\bas (?:the|your) (?:manual|guide|quick[- ]?start(?: guide)?|instructions?|documentation)\b|\bto (?:fit|install|add|put in|insert|mount|swap|replace|change) (?:the |a |new |two |our |some )*(?:hard )?(?:drives?|disks?|hdds?)\b|\b(?:voltage|power|mains|supply)\b[^.!?,]{0,20}\b(?:fine|ok|okay|normal|stable|steady)\b|\bstable (?:voltage|power|mains|supply)\b|电压?(?:很|一直|都)?(?:稳定|正常|稳)|原厂|原装|官方|官网|正版|正规|(?:都是|用的是?|就是)你们(?:家)?的|按说明书|按手册|照说明书|(?:装|加|插|换)(?:了|上)?(?:个|块|两块|新)?硬盘/iu;
/** A clause that only supposes ("如果是进水的话保不保", "what if it got wet") names an option without saying it happened. */
const SUPPOSES = new RegExp(String.raw`${SUPPOSING_IF.source}|${PLANNING.source}|\b(?:what if|suppose|supposing|in case)\b|如果|要是|假如|假设|万一|的话`, 'iu');

export function supposes(text: string): boolean {
  return SUPPOSES.test(text);
}

/** English words of an option's title that may stand for it alone ("video" for "No video"). */
const STOP_WORDS = new Set(
  'the a an it its was were is are has have had been be by or and of to in on at for with from not no other than any this that these those some e.g'.split(' '),
);

function contentWords(text: string): string[] {
  return normalised(text)
    .split(' ')
    .filter((word) => /^[a-z]{4,}$/u.test(word) && !STOP_WORDS.has(word));
}

/** How an option may be named: its whole title, a concept of it, and for short choices its own words. */
function namesOption(clause: string, option: string, byWords: boolean): boolean {
  if (CONCEPTS.some((concept) => concept.test(option) && concept.test(clause))) return true;
  if (!byWords) return false;
  const replyWords = new Set(normalised(clause).split(' '));
  return contentWords(option).some((word) => replyWords.has(word));
}

/**
 * Options the reply says happened and options it says did not, each in the order first mentioned.
 * `byWords` lets an option's own words name it: right for short titles ("No video"), wrong for
 * the checklist's long ones, whose "bought" or "used" a reply says about anything.
 */

export function mentionedOptions(text: string, options: readonly string[], byWords: boolean): { affirmed: number[]; denied: number[] } {
  const affirmed: number[] = [];
  const denied: number[] = [];
  let previousDenied = false;
  for (const clause of text.replace(NOT_A_CAUSE, ' ').replace(QUOTED_WORDS, ' ').split(CLAUSE_BREAK)) {
    if (supposes(clause) || CLARIFIES_A_FAULT_WORD.test(clause)) continue;
    const denies: boolean = DENIES.test(clause) || AS_IT_SHOULD_BE.test(clause) || (previousDenied && LIST_GOES_ON.test(clause));
    previousDenied = denies;
    options.forEach((option, index) => {
      const number = index + 1;
      if (affirmed.includes(number)) return;
      // A title that itself says "no" ("No video") is named, not denied, when the reply repeats it.
      if (normalised(option).length >= 2 && normalised(clause).includes(normalised(option))) affirmed.push(number);
      else if (namesOption(clause, option, byWords) && !(denies ? denied : affirmed).includes(number)) (denies ? denied : affirmed).push(number);
    });
  }
  return { affirmed, denied: denied.filter((option) => !affirmed.includes(option)) };
}
