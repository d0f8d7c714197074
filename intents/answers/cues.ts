// Words in a reply that decide how it answers whatever its first word is: the fault still there, a hedge, "tried all that", a question back.
import type { Language } from '../../src/domain/vocabulary';
import { supposes } from './options';

/**
 * The fault is still there. Checked before the answer head's reading because a reply that opens
 * with "yes" ("yes I did that, still black") or a Chinese 是 inside 还是 must never close a fault.
 */
const STILL_FAILING: Record<Language, RegExp> = {
  en: /\bst(?:ill|il|ll)\b(?!\s+(?:works?|working|fine|good|ok(?:ay)?|booting|starting|loading|rebooting|restarting|checking|waiting|trying|on it)\b)|\b(?:no|nae) (?:change|difference|luck|joy|good)\b|\bnothing(?:'s)? (?:changed|different)\b|\bmade no difference\b|\bsame (?:[\w-]+ ){0,2}(?:error|problem|issue|fault|message|alarm|warning|result|beeping|behaviou?r|thing)s?\b|\b(?:beeping|failing|flashing|blinking|rebooting|restarting|freezing|dropping|clicking|buzzing|black|blank|offline|frozen) again\b|\b(?:remains?|remained|stays?|stayed|is|still)\s+(?:exactly\s+)?(?:identical|unchanged|the same)\b(?!\s+(?:model|one|type|size|kind|as|brand)\b)|\bnot (?:work(?:ing|s)?|wrking|fixed|recording|better|mov(?:e|ing)|rotat(?:e|ing)|respond(?:ing)?|show(?:ing)?|connect(?:ing)?|start(?:ing)?|boot(?:ing)?)\b|\b(?:can'?t|cannot|won'?t) (?:see|connect|move|rotate|pan|tilt|zoom|start|boot|turn on|record|log in|login)\b|\b(?:doesn'?t|does not|didn'?t|did not|won'?t|will not) (?:work|help|fix|do anything|turn on|boot|start)|\bthat did nothing\b|\bsame (?:problem|issue|error|thing|as before)\b|^(?:nope,?\s*)?same\b|\b(?:then|now|again) (?:went|goes|gone|stopped|dropped|black|off)\b|\b(?:went|goes|gone|dropped|died|stopped|switched|turned|shut|cut)(?: (?:off|out|down|black|dark|dead))? again\b|\b(?:came back|came on|came up|worked|booted|started)\b[^.!?]{0,20}\bbut\b|\bworse\b/iu,
  zh: /还是|還是|照样|照樣|依然|依旧|仍然|不行|没用|沒用|没有用|没效果|没有效果|没反应|没变|没有变化|无效|不管用|不好使|不灵|又(?:不行|黑|掉|断|灭|离线)|老样子|还那样|(?:都|还)(?:这样|一样)|没好|更差|更糟|(?:灯|红外|屏幕?)(?:都|也|还|就是)?不亮/u,
};

/** Another phrasing of the question's "or", and the things that read as 还是 without denying a fix. */
const NOT_STILL_FAILING_ZH = /还是好的|还是可以|还是能用|还是正常/u;

/** A hedge: the customer will try, or is trying, and has no result yet. */
const WILL_TRY: Record<Language, RegExp> = {
  en: /\b(?:i'?ll|i will|will|gonna|going to|let me|lemme)\s+(?:try|check|look|see|test|give it|give that|do (?:it|that)|go|have a look|get back|let you know|get (?:it|that|this|someone|somebody|him|her|them|our|my|the)|have (?:someone|somebody|him|her|them|our|my|the)|ask (?:someone|somebody|him|her|them|our|my|the))\b|\b(?:give me|wait|hold on|hang on|one)\s+(?:a |\d+ )?(?:sec|second|min|minute|moment)s?\b|\b(?:trying|rebooting|restarting|checking|doing it)\b(?! (?:didn'?t|did not))|\b(?:haven'?t|have not|not)\s+(?:tried|done|had a chance)|\bbrb\b|\bbe right back\b|\bhold on\b|\bhang on\b|\bwill (?:try|do|check)\b/iu,
  zh: /^(?:那?好吧|行吧|嗯+|好嘞|收到)[。.!！~～]*$|试试|试一下|试下|等(?:我|一下|等|会|下)|稍等|我?看看|(?<![进上下出])去看(?![了过])|去检查(?![了过])|去查(?![了过])|正在(?:重启|试|开机|启动)|重启中|还在启动|还没(?:试|来得及|弄)|马上|晚点|明天再|回家再|回去试|试完告诉|等会儿?(?:告诉|回复)|先去/u,
};

/** "I've tried all that": the usual steps are done, skip the rest. */
const ALREADY_TRIED: Record<Language, RegExp> = {
  en: /\b(?:tried|done|did)\s+(?:all|every(?:thing|one)?|them all)\b|\b(?:tried|done|did)\s+(?:all )?(?:of )?(?:that|those|these) (?:already|before)|\balready (?:did|done|tried) (?:all|every|those|these|that all)|\b(?:i'?ve|i have|we'?ve) (?:already )?(?:tried|done) (?:all|every)/iu,
  zh: /都试过|全都?试|都做过|都弄过|试遍|都试了|全试了|能试的都|早就(?:做|试|弄)过|都已经(?:做|试|弄)过|(?:我|这些|那些).{0,6}都(?:做|试|弄)过/u,
};

const QUESTION_MARK = /[?？]/u;
const ENDS_AS_QUESTION = /[?？]\s*$/u;

/** A reply that ends in a question mark asks something, whatever it names ("We must pay the shipping to Beijing ourselves?"). */
export function endsAsQuestion(text: string): boolean {
  return ENDS_AS_QUESTION.test(text);
}
/** Words that make a sentence ending in "?" a question of its own rather than a doubtful answer ("maybe?"). */
const QUESTION_WORDS: Record<Language, RegExp> = {
  en: /\b(?:how|what|where|when|why|which|who|can|could|will|would|is|are|does|do|should|cost|covered|free|warranty)\b/iu,
  // "是整台寄过去还是只寄硬盘？" asks which of two, "这也得收钱？" about the price; a bare "还是不行？" does not.
  zh: /吗|呢|多少|多久|哪|什么|怎么|为什么|几|是否|能不能|可不可以|收费|保修|免费|是[^，。,.？?]{1,24}还是|要不要|用不用|需不需要|(?:也|都|还)不算|(?:要|收|花|给)钱不(?=\s*[？?]?\s*$)|(?:也|都|还)(?:得|要)(?:收|交|付|花)(?:钱|费)|(\p{Script=Han})不\1/u,
};

/** Back for now, but the customer expects it again: an intermittent fault is not fixed by one good moment. */
const RECURS: Record<Language, RegExp> = {
  en: /\b(?:will|gonna|going to|might|may|could)\s+(?:happen|come back|do (?:it|that)|drop|fail|go (?:off|down|black))\s+again\b|\b(?:error|fault|problem|issue|alarm|warning|message|reboot|restart|crash|flicker|drop)s?\s+(?:has\s+|had\s+|have\s+)?(?:returned|came back|come back|reappeared|persist(?:s|ed)?|is back|are back|continued|continues?|carried on|kept (?:coming|happening|going))\b|\bfor now\b|\bintermittent(?:ly)?\b|\b(?:on and off|comes and goes|every now and then|from time to time)\b/iu,
  zh: /暂时(?:好|正常|能用|可以)|又会|还会再|还会(?:掉|断|黑|重启)|时好时坏|过一会儿?又|过几天又|隔一段时间又|估计还会/u,
};

/**
 * The part the step had the customer check is fine ("the plug looks fine to me", "网线是好的"): the check found nothing,
 * so the fault is still there. The picture or the video looking fine is another matter: that is the fault gone.
 */
const CHECKED_PART_FINE: Record<Language, RegExp> = {
  en: /\b(?:plug|cable|wire|lead|cord|adapter|socket|outlet|connector|connection|port|fuse|breaker|led|indicator|light|lens|switch|power supply|psu|disk|drive)s?\s+(?:(?:looks?|looked|seems?|seemed|is|are|was|were)\s+)(?:(?:all|totally|perfectly|completely)\s+)?(?:fine|ok(?:ay)?|good|normal|alright|all right|intact|tight|seated|connected|clean|on)\b/iu,
  zh: /(?:插头|插座|网线|电源线|线缆|线路|接口|网口|电源|适配器|指示灯|灯|镜头|硬盘)(?:都|也)?(?:看着|看起来|检查了|查了|显示|状态)?(?:都|也)?(?:没问题|正常|是好的|好好的|插好了|插紧了|插得好好的|亮着|亮的|干净的)/u,
};

export function saysStillFailing(text: string, lang: Language): boolean {
  const saidInEither = [STILL_FAILING.en, RECURS.en, RECURS.zh, CHECKED_PART_FINE.en, CHECKED_PART_FINE.zh];
  if (saidInEither.some((pattern) => pattern.test(text))) return true;
  return lang === 'zh' || /\p{Script=Han}/u.test(text) ? STILL_FAILING.zh.test(text) && !NOT_STILL_FAILING_ZH.test(text) : false;
}

/**
 * A refusal said outright, which answers "shall I open a case?" even beside a question ("要钱啊？那算了，不开了"), for now
 * as much as for good ("not yet, I'll talk to our integrator first", "先不开，我问问领导").
 */
const DECLINES: Record<Language, RegExp> = {
  en: /^\W*(?:nah|nope|naw)\b|\bactually,? no\b|\b(?:i|we)(?:'ll| will) let (?:him|her|them|the \w+|our \w+) (?:deal with|handle|look at|sort(?: out)?|check) it\b|\b(?:then |so )?please no\b|\bthen no\b|\b(?:we|i)(?:'ll| will| shall) (?:just )?(?:buy|get|source|order) (?:the|a|one|it|our own|a new|new)\b[^.!?]{0,30}\b(?:here|locally|ourselves|myself|elsewhere)\b|\bif (?:i|we) (?:have|need|got) to pay\b|\b(?:take|bring|send) it back to (?:the |my |our )?(?:shop|stall|store|seller|supplier|dealer)\b|\b(?:forget it|never ?mind|(?:don'?t|do not) (?:open|bother|need)|no (?:thanks|thank you|need)|not (?:paying|worth it)|i'?ll (?:just )?buy a new one|maybe later|let'?s not|let us not|(?:i'?d|we'?d) rather not|(?:i|we)(?:'ll| will| shall) (?:come back|get back to you|think about it|check with|talk to|ask|get (?:them|him|her|the installer|our \w+) to come)|let me (?:think|check with|talk to|ask))\b|^\W*(?:(?:hmm+|um+|uh+|well|ok(?:ay)?|no|nah|so|thanks|thank you|but)\W+)*not (?:yet|now|for now|right now|today)\b/iu,
  zh: /^[\s\p{P}]*不用(?:了|啦)?(?:[，,。！!\s]|$)|再来找你们|回头再来|今天先这样|先这样吧|改天再|不开了|不修了|不用开|不用修|算了吧?(?:[，,。！!\s]|$)|不值当|不值得修|(?:找|让)(?:卖家|商家|经销商|店家|供应商)(?:换|退)|不需要了|不要了|买个新的|换新的吧|先(?:不|别)(?:开|修|用|寄)|暂时不(?:开|修|用|需要)|回头再说|再说吧|等等再说|我(?:先)?(?:问问|商量|考虑)|先(?:问问|商量|考虑)|先不(?:麻烦|打扰)|不麻烦(?:您|你)[^，,。！!]{0,4}(?:开|修)|(?:先|得)(?:跟|和|找)[^，,。！!？?]{1,10}(?:商量|问问|请示|汇报)/u,
};

export function declines(text: string): boolean {
  return DECLINES.en.test(text) || DECLINES.zh.test(text);
}

/** Going ahead, however it is put: "能修就修", "你先说要多少钱，能修就修", "算了算了 还是开吧", "go ahead, send me the quote". */
const AGREES: Record<Language, RegExp> = {
  en: /^\W*(?:(?:ok(?:ay)?|right|fine|alright|yes|yeah|aye)\W+)?go on(?: then)?\b|(?<!\b(?:don'?t|do not|not|never|no need to|won'?t|no point trying to)\s+)\b(?:go ahead|open (?:it|one|the case|a case)|let'?s do (?:it|that)|send (?:me )?(?:a|the) quote)\b/iu,
  zh: /^[\s\p{P}]*(?:开|修)(?=[，,。！!\s]|$)|(?<![不别没])(?:能修就修|那就修|修吧|开吧|开单吧|开一个吧|报修吧|还是开|还是修|先报价|(?:给我)?登记(?:上|一下)?(?:吧|嘛))/u,
};

/** A price a refusal is made on, beside the words that suppose ("if", "如果"): "贵了就…", "超过八百就…", "more than 500". */
const PRICE_LIMIT = /超过|贵了?[^，,。！!？?\s]{0,2}就|\bunless\b|\bmore than\b|\bover \d/iu;

export function onACondition(words: string): boolean {
  return supposes(words) || PRICE_LIMIT.test(words);
}

/**
 * The last word of a reply that changes its mind: a refusal or an agreement said after the other decides. An agreement
 * inside a refusal ("先不开吧", "don't open it") is part of the refusal.
 */
export function lastDecision(text: string): 'agrees' | 'declines' | undefined {
  const spans = (patterns: Record<Language, RegExp>) =>
    Object.values(patterns).flatMap((pattern) =>
      [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length })),
    );
  const refusals = spans(DECLINES);
  const agreed = spans(AGREES).filter((agree) => !refusals.some((decline) => agree.start < decline.end && decline.start < agree.end));
  // "开吧 先报个价 贵了就不修了": a refusal on a condition beside an agreement is what the quote is for.
  const declined = agreed.length > 0 ? refusals.filter((decline) => !onACondition(text.slice(Math.max(0, decline.start - 16), decline.start))) : refusals;
  const lastDeclined = Math.max(-1, ...declined.map((span) => span.start));
  const lastAgreed = Math.max(-1, ...agreed.map((span) => span.start));
  if (lastAgreed < 0 && lastDeclined < 0) return undefined;
  return lastAgreed > lastDeclined ? 'agrees' : 'declines';
}

/** The customer cannot do what the step asks ("I can't find that setting", "算了我弄不来"): the fault is still there. */
const CANNOT_DO: Record<Language, RegExp> = {
  en: /\b(?:can'?t|cannot|couldn'?t|unable to|not able to) (?:find|do|figure out|work out|get to|see) (?:the |that |this |where )?(?:setting|menu|option|page|it|that|this|button)s?\b|\b(?:don'?t|do not) know how\b|\bno idea how\b|\btoo complicated\b/iu,
  zh: /找不到(?:那个|这个)?(?:设置|选项|菜单|地方|按钮|在哪)|(?:设置|选项|菜单)[^，。！？]{0,6}找不到|弄不来|不会弄|不会操作|搞不来|搞不懂|不懂怎么|不知道怎么(?:弄|操作|设置|搞)/u,
};

export function cannotDoStep(text: string): boolean {
  return CANNOT_DO.en.test(text) || CANNOT_DO.zh.test(text);
}

export function hedges(text: string): boolean {
  return WILL_TRY.en.test(text) || WILL_TRY.zh.test(text);
}

export function saysAlreadyTried(text: string): boolean {
  return ALREADY_TRIED.en.test(text) || ALREADY_TRIED.zh.test(text);
}

/**
 * Asked without a question mark: an English question word first ("where is that"), or a Chinese question of cost or time
 * or a yes-or-no one ("修要多少钱啊 贵不贵", "还修不修得嘛 要收钱不"; not one only wondered about, "不知道会不会又掉").
 * A Chinese 吗 at the end is not enough: "这种进了水的还能修好吗" answers the checklist while it asks.
 */
const UNMARKED_QUESTION = /^\W*(?:where|how|what|which|why)\b|多少钱|贵不贵|[要得]多久|几天能|(?<!知道|确定|看看?|问问?|清楚|晓得)(\p{Script=Han})不\1(?![了过])|(?:钱|费|保|修)不\s*$/iu;

/** A question the customer asks back ("how much will that cost me?"): to be answered, not taken as an answer. */
export function asksBack(text: string): boolean {
  return (QUESTION_MARK.test(text) || UNMARKED_QUESTION.test(text.trim())) && (QUESTION_WORDS.en.test(text) || QUESTION_WORDS.zh.test(text));
}

/** The words of a bare "no, still not working": what is left once they are gone is what the customer sees. */
const GENERIC_EN =
  /\b(?:yes|yeah|yep|no|nope|nah|ok|okay|i|i'?ve|we|did|done|do|tried|try|that|this|it|it'?s|its|is|was|restarted|rebooted|reset|still|stil|not|working|work|works|doesn'?t|didn'?t|does|help|helped|change|changed|nothing|same|the|a|problem|issue|as|before|luck|joy|at|all|difference|again|unfortunately|sadly|afraid|fixed|broken|good|made|any|anything|but|and|then|now|really|sorry|thanks?|twice|times?|already)\b/giu;
const GENERIC_ZH = /还是|還是|照样|依然|依旧|仍然|不行|没用|沒用|没有用|没效果|没反应|没变化?|没有变化|一样|老样子|这样|那样|都|还|没好|无效|不管用|(?:擦|试|做|弄|重启|换)(?:过|了)+|好像|好点|一下|一会儿?|过会儿?|刚|又|是的|对|嗯|没有|不是|了|啊|呀|吧|的|也/gu;

/** The customer's words when they say more than a bare "no": "black in the browser too", "disk model is WD40PURX". */
export function observationIn(text: string): string | undefined {
  const rest = text
    .replace(GENERIC_EN, ' ')
    .replace(GENERIC_ZH, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const han = rest.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = rest.split(/\s+/u).filter((word) => /[a-z0-9]/iu.test(word)).length;
  return han >= 2 || words >= 1 ? text.trim() : undefined;
}

/**
 * Words that say the fault is gone. Closing a fault on a misreading is the worst mistake the assistant can make, so a
 * "fixed" read from free text must say so in words; "ok" after a step is the customer setting off to try it, and a
 * report of what they saw ("it hunts and stops blurry again") is the answer the step asked for: not fixed.
 */
const SAYS_FIXED =
  /\b(?:yes|yep|yeah|yup|solved|sorted|resolved|all good|perfect)\b|\bfixed\b(?!\s+(?:ip|address|addresses|lens|focal|focus|mount|bracket|price|cost|fee|camera|dome|bullet|ports?|line|rate|time|schedule|position|preset))|\bthat (?:did it|worked|helped|fixed it)\b|\bit (?:works|worked|helped)\b|\b(?:works|working|running) (?:now|again|fine|ok(?:ay)?)\b|\b(?:it'?s|is|came|coming) back\b(?! to (?:black|the same|square one|where))|\bback (?:to normal|up|on(?:line)?)\b|\b(?:ok(?:ay)?|fine|normal|good) (?:now|again)\b|\bcan (?:see|log ?in|connect|record|access)\b[^.!?]{0,20}\bnow\b|\b(?:logged|got) in\b|\bit (?:opened|unlocked|let (?:me|us) in)\b|\b(?:i'?m|we'?re|i am|we are) in\b(?=\s*(?:[,.!]|now\b|$))|\b(?:picture|image|video|signal) is back\b|(?<!(?:never|not|n'?t|no longer)\s+)\b(?:is|it'?s|comes?|came|shows?|showing|went|goes) (?:back )?online\b|(?<![的样么])好了|恢复正常|恢复了(?!出厂)|正常了|现在正常|可以了|行了|能用了|能(?:登|登录|登陆|看|连|录|转|打开|进)(?:上|进去|到|得上)?了|(?<![不插塞放装])进去了|(?:登|连|进)(?:上|进去)了|(?:画面|图像|图|录像|信号)(?:又)?(?:出来|回来|有)了|搞定|解决|有效|有用|管用|有画面了|有图像了|(?<!不)(?:上线|在线)了|亮了|没问题了|是的|对的?$|\bok了/iu;

export function saysFixed(text: string): boolean {
  return SAYS_FIXED.test(text);
}

/**
 * Words that say the fault is gone whatever else the reply tells of what was done ("moved it to another port… no drops,
 * seems ok!"): they outweigh the answer head, which hears the story's "no" and "moved" as a denial.
 */
const PLAINLY_FIXED =
  /\b(?:it'?s|is) (?:recording|working|streaming|online|moving|turning|back) (?:now|again)\b|\bit (?:moves|turns|pans|tilts|rotates|records|boots|connects|responds|works) (?:now|again)\b|\b(?:it'?s|its) (?:ok(?:ay)?|fine|good|working) now\b|\b(?:seems|looks|looking) (?:ok(?:ay)?|fine|good|normal|stable)\b|\b(?:works|working|running) (?:fine|normally|again|now)\b|\b(?:is|it'?s|back) (?:online|up) (?:again|now)\b|\bno (?:more )?(?:drops|disconnects|reboots|problems?) (?:since|now|anymore)?|\bproblem (?:is )?(?:gone|solved|fixed)\b|\b(?:it'?s|is|picture|image|video)(?: is)? (?:bright|clear|sharp|crisp|fine|normal|perfect) (?:now|again)\b|(?:^|[,.!…]\s*)(?:clear|sharp|crisp|bright) now\b|\band it'?s back\b(?! to)|(?:画面|图像)?(?:变)?(?:亮|清楚|清晰)了(?!一点|一些|点)|(?:现在|已经|又)(?:能用|正常|好)了|恢复正常了|能(?:登|看|连|录)(?:上|到|进去)?了|搞定了/iu;

/**
 * Something that works somewhere else ("moved the camera to CH4 and it works there", "换到4通道就正常"): the test
 * the step asked for, which puts the fault on the device under repair. It is not fixed.
 */
const WORKS_ELSEWHERE =
  /\b(?:an?other|a different|the other|a second|a spare|a new)\s+(?:camera|cam|unit|device|nvr|recorder|one)\b[^.!?]{0,60}?\b(?:works?|working|worked|fine|ok(?:ay)?|normal)\b|\bso it'?s (?:this|the|that) (?:camera|cam|unit|device|nvr|recorder|one)\b|(?:换|接|插)(?:了|上)?(?:一?个|一?台)?(?:别的|其他|其它|另一个|另一台|新的|备用的?)(?:摄像机|摄像头|机器|设备|录像机)[^，。；！？,.;!?]{0,12}?(?:正常|能用|好的|有画面|没问题)|\b(?:works?|working|worked|fine|ok(?:ay)?|normal)\s+(?:there|elsewhere|(?:on|in|with|at|from)\s+(?:an?other|the other|other|a different|a second|ch(?:annel)?\s*\d+|port\s*\d+|input\s*\d+|my (?:laptop|phone|pc)))\b|(?:换|接|插|挪|移)(?:到|在)[^，。；！？,.;!?]{1,12}?(?:上)?(?:就|都|是|却)?(?:正常|能用|好的|好好的|有画面|没问题)|(?:别的|其他|其它|另一个|另外的?)(?:通道|端口|口|录像机|摄像机|电脑|网口)[^，。；！？,.;!?]{0,4}?(?:都|是|就)?(?:正常|能用|好的|有画面|没问题)/iu;

export function worksElsewhere(text: string): boolean {
  return WORKS_ELSEWHERE.test(text);
}

/** "不用了，问题找到了": no case needed because the customer found the cause themselves. */
/** The cause found, or the customer's own slip: "found the problem", "she was on the wrong channel… there's the guy at 1:04am". */
const FOUND_THE_CAUSE =
  /\bfound (?:the|what was the) (?:problem|cause|issue)\b|\b(?:was|were) (?:on|looking at) the wrong (?:channel|camera|date|day|input)\b|\bthere(?:'s| is) the (?:guy|recording|footage|clip|person|car)\b|\bfound (?:the )?(?:recording|footage|clip)\b|\b(?:recording )?schedule (?:was |is )?only (?:set|ticked|covers?|runs?)\b|问题找到了|找到(?:原因|问题)了|看错(?:了)?(?:通道|日期|摄像头)|(?:录像|回放)找到了|(?:录像)?计划(?:里)?只(?:勾|设|选|开)了/iu;

export function foundTheCause(text: string): boolean {
  return FOUND_THE_CAUSE.test(text);
}

export function saysPlainlyFixed(text: string): boolean {
  return PLAINLY_FIXED.test(text);
}
