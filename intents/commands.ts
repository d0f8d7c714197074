// Words that steer the conversation itself (help, start over, language), and the name in a contact answer.
import type { Language } from '../src/domain/vocabulary';

export type Command =
  | { kind: 'help' }
  | { kind: 'cancel' }
  | { kind: 'person' }
  | { kind: 'language'; language: Language };

const END = String.raw`[\s!?.。！？~～]*$`;
const HELP = new RegExp(String.raw`^(help|help me|\?|what can you do|menu|帮助|帮忙|菜单|你能做什么|你可以做什么|怎么用)${END}`, 'i');
const CANCEL = new RegExp(String.raw`^(cancel|stop|start over|restart|reset|never ?mind|forget it|quit|取消|重新开始|重来|算了|不用了|退出)${END}`, 'i');

/*
 * Requests inside a sentence are read clause by clause, and only a clause that is the request as a whole counts:
 * "can you speak Chinese" is one, "the English manual" or "it started over and over" are not — the request words
 * must come at the clause's end, framed as something asked of the assistant.
 */
const CLAUSE_BREAK = /[,，;；.。!！?？\n]+|\s+(?:but|and|so)\s+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/iu;
const EN_LEAD = String.raw`(?:(?:ok(?:ay)?|well|please|kindly|sorry|hi|hello|hey|um+|so|then|actually|just)\s+)*`;
const EN_ASK = String.raw`(?:(?:can|could|would|will|may|do|shall)\s+(?:you|we|i)\s+|(?:let'?s|let us|let me|i'?d (?:like|prefer) to|i (?:want|need)(?: to)?|i would like to|we should|please|i(?: just| really)?)\s+)?(?:please\s+)?`;
const EN_TAIL = String.raw`(?:\s+(?:please|instead|now|from now on|thanks|thank you))*`;
const ZH_LEAD = String.raw`(?:算了|那|那就|我们|咱们|我想|我要|我|要不|还是|请|麻烦|您|你|好吧|好的|嗯)*`;
const ZH_TAIL = String.raw`(?:吧|吗|嘛|么|呢|呀|啊|可以吗|行吗|好吗|可不可以|行不行|好不好|一下|吧谢谢|谢谢)*`;

function clauseCommand(en: string, zh: string): RegExp {
  return new RegExp(String.raw`^(?:${EN_LEAD}${EN_ASK}(?:${en})${EN_TAIL}|${ZH_LEAD}(?:${zh})${ZH_TAIL})$`, 'i');
}

const PERSON = clauseCommand(
  String.raw`(?:a|an|some|real)?\s*(?:real\s+|live\s+)?(?:person|human|human being|agent|operator|representative)` +
    String.raw`|(?:talk|speak|chat)\s+(?:to|with)\s+(?:(?:a|an|one|your|one of your)\s+)?(?:real\s+|live\s+|actual\s+)?(?:person|human|human being|agent|operator|representative|engineers?|staff member|supervisor|manager)(?:\s+(?:by|on|over)\s+(?:the\s+)?phone)?(?:\s+(?:who|that)\s+(?:can|could|knows?)\s+[a-z0-9' -]{1,60})?` +
    // "Please escalate this to a manager or someone who can actually reset the binding."
    String.raw`|escalate\s+(?:this|it|my (?:case|issue|ticket|request))(?:\s+to\s+(?:a|an|your|the)\s+(?:manager|supervisor|engineer|person|human|senior [a-z]+)(?:\s+or\s+(?:someone|somebody)\s+(?:who|that)\s+(?:can|could)\s+[a-z0-9' -]{1,60})?)?` +
    String.raw`|(?:talk|speak|chat)\s+(?:to|with)\s+(?:someone|somebody)\s+(?:real|from (?:support|netposa|your (?:team|company)))` +
    String.raw`|(?:get|give|connect|transfer|put)\s+me\s+(?:to\s+|with\s+|through to\s+)?(?:a|an)\s+(?:real\s+|live\s+)?(?:person|human|agent|operator|member of (?:staff|your (?:staff|team))|staff member|colleague|manager|supervisor)(?:\s+(?:with|who|that)\s+[a-z' ]{1,40})?` +
    // "Not until NetPosa's position has been confirmed by a responsible person."
    String.raw`|(?:not\s+)?(?:before|until|till)\s+[a-z' ]{1,40}?\s+(?:has|have|is|are|was|were)\s+(?:been\s+)?(?:confirmed|checked|reviewed|decided|verified|approved)\s+by\s+(?:a|an|one of your|your|a member of)\s+(?:responsible\s+|real\s+|senior\s+)?(?:person|human|staff|member of staff|staff member|manager|supervisor|engineer|colleague)` +
    String.raw`|(?:get|connect|transfer|put)\s+me\s+(?:to|with|through to)\s+(?:someone|somebody)(?:\s+(?:who|that)\s+[a-z' ]{1,40})?` +
    String.raw`|(?:need|want)\s+(?:to talk to\s+|to speak to\s+)?(?:a|an)\s+(?:real\s+|live\s+)?(?:person|human|agent|operator)` +
    // A decision asked of a person: "not before someone checks the contract", "I need someone to look at the invoice".
    String.raw`|(?:not\s+)?(?:before|until|till)\s+(?:someone|somebody|a person|a human|your staff|one of your (?:staff|people|colleagues))\s+(?:checks?|looks? at|reviews?|confirms?|verifies?)(?:\s+[a-z' ]{1,40})?` +
    String.raw`|(?:need|want)\s+(?:someone|somebody|a person|a human)\s+to\s+(?:check|look at|review|confirm|verify)(?:\s+[a-z' ]{1,40})?` +
    // "Can someone from your licence team remote in and rehost it?": work only a person of the team can do.
    String.raw`|(?:can|could|would)\s+(?:someone|somebody|one of your (?:people|engineers|technicians|team))(?:\s+from\s+(?:your|the|netposa)(?:\s+[a-z]+){1,3})?\s+(?:remote in|remote into|log in remotely|connect remotely|call me|phone me|ring me|come (?:out|on site)|rehost|re-?bind|transfer|deal with|handle|look into|take care of|sort out)(?:\s+[a-z' ]{1,40})?` +
    // "i not agree, please let real person check".
    String.raw`|let\s+(?:a\s+|an\s+|one of your\s+|your\s+)?(?:real\s+|live\s+|actual\s+)?(?:person|human|engineer|staff(?: member)?|colleague|people)\s+(?:check|look|see|decide|handle|review|verify|confirm)(?:\s+(?:at\s+)?(?:it|this|that|the [a-z]+))?` +
    // "I want someone who can actually decide this, not the policy read back to me".
    String.raw`|(?:need|want)\s+(?:someone|somebody|a person|a human)\s+(?:who|that)\s+(?:can|could|is able to)\s+(?:actually\s+|really\s+)?(?:decide|help|make (?:a|the|that) (?:decision|call)|approve|sort (?:this|it) out)(?:\s+[a-z' ]{1,40})?` +
    String.raw`|(?:don'?t|do not|won'?t|will not|not going to)\s+(?:want to\s+)?(?:talk|chat|speak)\s+(?:to|with)\s+(?:a\s+|the\s+)?(?:machine|bot|robot|computer)s?(?:\s+any ?more)?` +
    // "I'd like one of your engineers to call me rather than doing 12 separate tickets".
    String.raw`|(?:i'?d like|i would like|i want|i need|please have|can you have|could you have)\s+(?:one of your|an?|your|one)\s+(?:engineers?|technicians?|staff|people|colleagues?)\s+(?:to\s+)?(?:call|phone|ring|contact|look at)\s+(?:me|us|the whole [a-z]+|all of them)(?:\s+(?:rather than|instead of)\s+[a-z0-9' ]{1,60})?`,
  String.raw`(?:找|转|要|接|换|叫)(?:个|一个|位|一位)?(?:真人|人工(?!智能)|客服|工作人员|售后人员|主管|经理|领导|负责人)(?:客服)?来?(?:(?:跟|和|给|帮)我(?:说|聊|谈|讲|看看|处理|对一下|解释)?)?` +
    String.raw`|(?:跟|和|与)(?:真人|人工(?!智能)|客服|工作人员)(?:说|聊|谈|讲|沟通)|人工(?!智能)(?:客服)?|真人(?:客服)?` +
    // "等真人同我講先" (Cantonese: a real person talks to me first).
    String.raw`|(?:等|要|请)?(?:个|一个|位)?真人(?:客服)?来?(?:跟|和)我们?(?:说|聊|谈|讲|沟通)先?` +
    String.raw`|(?:能不能|可以|请|麻烦)?(?:转|交)给(?:你们)?.{0,10}(?:同事|人工(?!智能)|工程师|负责人|专员)` +
    String.raw`|先?(?:让|请|找)(?:个|一个|位|一位)?(?:你们的?)?(?:人|工作人员|同事|人工|负责人)来?(?:帮我)?(?:核实|核对|核|确认|查|看)(?:一下|看)?(?:合同|发票)?(?:再说)?` +
    // "你这弄不了就找个人直接跟我们科长联系吧": a person to take it up with someone of theirs, whatever the assistant cannot.
    String.raw`|(?:[^，,。！!？?]{0,10}就)?(?:找|派|让)(?:个|一个|位|一位)?(?:人|同事|工程师|技术)(?:直接)?(?:跟|和|给|同)(?:我|我们)(?:的)?[^，,。！!？?]{0,6}(?:联系|打电话|沟通|说|对接)` +
    // "我不跟机器说": whoever refuses the assistant asks for a person.
    String.raw`|(?:不|不想|不要|别|不愿意)(?:再)?(?:跟|和|同)(?:机器人?|AI|自动回复|程序)(?:说|聊|谈|讲|沟通|对话)(?:了)?`,
);

const LANGUAGE_VERBS = String.raw`(?:speak|talk|write|reply|answer|respond|continue|carry on|go on|chat|switch|change|use)(?:\s+(?:back|over))?(?:\s+(?:in|to|with))?`;
const TO_ENGLISH = clauseCommand(
  String.raw`${LANGUAGE_VERBS}\s+english|(?:in\s+)?english|(?:prefer|in)\s+english|english\s+speaker`,
  String.raw`(?:能|可以|会|能不能|可不可以)?(?:用|说|讲|换成?|切换(?:成|到)?|改用)(?:英文|英语)(?:回复|回答|沟通|交流|聊|说)?(?:我)?|(?:英文|英语)(?:可以|行)?`,
);
const TO_CHINESE = clauseCommand(
  String.raw`${LANGUAGE_VERBS}\s+(?:chinese|mandarin)|(?:in\s+)?(?:chinese|mandarin)|(?:prefer|in)\s+(?:chinese|mandarin)`,
  String.raw`(?:能|可以|会|能不能|可不可以)?(?:用|说|讲|换成?|切换(?:成|到)?|改用)(?:中文|汉语|普通话)(?:回复|回答|沟通|交流|聊|说)?(?:我)?|(?:中文|汉语|普通话)(?:可以|行)?`,
);
const START_OVER = clauseCommand(
  String.raw`start\s+(?:over|again|afresh|from scratch|from the beginning)|begin again|restart\s+(?:the|this|our)\s+(?:chat|conversation)|start\s+(?:a\s+)?new\s+(?:chat|conversation)`,
  String.raw`重新开始|重新来(?:过)?|重来(?:一遍|一次)?|从头(?:开始|来)|从头再来`,
);

/**
 * The command a message carries: help only as the whole message; a person, a language or starting over also inside a
 * longer message ("算了，找个真人跟我说", "could we continue in English?"); undefined for anything else.
 */
export function detectCommand(text: string): Command | undefined {
  const trimmed = text.trim();
  if (HELP.test(trimmed)) return { kind: 'help' };
  const clauses = trimmed
    .split(CLAUSE_BREAK)
    .map((clause) => clause.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  const said = (pattern: RegExp) => clauses.some((clause) => pattern.test(clause));
  if (said(PERSON)) return { kind: 'person' };
  if (said(TO_ENGLISH)) return { kind: 'language', language: 'en' };
  if (said(TO_CHINESE)) return { kind: 'language', language: 'zh' };
  if (said(START_OVER) || CANCEL.test(trimmed)) return { kind: 'cancel' };
  return undefined;
}

const NAME_LEAD = /^(my name is|my name's|name is|name:|this is|i am|i'm|im|it's|call me|我叫|我是|姓名[:：]?|名字[:：]?|联系人[:：]?)\s*/i;

/** The name left in an answer once phone, place and filler words are taken out; undefined when nothing name-like remains. */
export function extractName(text: string, alreadyRecognised: string[] = []): string | undefined {
  let rest = text;
  for (const part of alreadyRecognised) rest = rest.split(part).join(' ');
  rest = rest
    .replace(/[+\d][\d\s-]{6,}\d/g, ' ')
    .replace(/[,，;；。.!！?？、/|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(NAME_LEAD, '')
    .replace(/\b(from|in|at|phone|mobile|tel)\b.*$/i, '')
    .replace(/(电话|手机|在|来自).*$/, '')
    .trim();
  if (!rest || rest.length > NAME_LENGTH) return undefined;
  if (!/[A-Za-z\u4e00-\u9fff]/.test(rest)) return undefined;
  return rest;
}

/** Longer than this, what is left of an answer is a sentence, not a name. */
const NAME_LENGTH = 40;

/** A clause ends at a comma or a sentence's end; the stop after an initial ("J. Smith") ends nothing. */
function firstClause(text: string): string {
  return text.split(/[,，;；。?？!！]|(?<!\b[A-Za-z])\.(?=\s|$)/u)[0]!.trim();
}

/** Asked for a name: "Wang Chenggang, the end customer's site manager" names the person before the explanation. */
export function nameAnswered(text: string, alreadyRecognised: string[] = []): string | undefined {
  return extractName(firstClause(text), alreadyRecognised) ?? extractName(text, alreadyRecognised);
}

/** The customer's own words standing for a name, when none could be read from them. */
export function wordsAsName(text: string): string {
  return firstClause(text).slice(0, NAME_LENGTH);
}

/** The customer is leaving: "ok thanks, that's all, bye", "好的 谢谢 那我等通知了". */
const LEAVING =
  /\b(?:bye|goodbye|bye-bye)\b|\bthat'?s all for now\b|再见|拜拜|没别的事了|那我等(?:通知|消息|电话|你们)|等你们(?:的)?(?:通知|消息|电话)/iu;

export function saysGoodbye(text: string): boolean {
  return LEAVING.test(text);
}

/**
 * "How long does a repair take?" has no intent of its own; it is asked often enough mid-flow to be answered. A time word
 * alone is no question: "我表哥前几天" and "这几天一直掉线" only say when.
 */
const ASKS_REPAIR_TIME =
  /\bhow (?:long|many days|many weeks|soon)\b|\bturn-?around(?: time)?\b|\bwhen (?:will|can|do) (?:i|it|you)\b.*\b(?:back|ready|fixed|repaired|done)\b|多久|多长时间|多少天|(?:要|需要|得|修)几天|(?<![这前那近过好])几天(?:能|可以|才|会|修好)|什么时候.{0,6}(?:修好|寄回|返回|拿到)/iu;

/** "How long is the warranty on our licence?", "保修期多久": how long the warranty runs, not how long a repair takes. */
const ASKS_WARRANTY_LENGTH =
  /\bhow long(?: is| does| will| do|'s)\s+(?:the |my |our |your |its |this |that )?(?:(?!repair|fix)[\w-]+ ){0,3}?(?:warranty|guarantee|coverage)\b|\b(?:warranty|guarantee)\b[^.?!]{0,20}\bhow long\b|(?:保修|质保|保固)期?(?:是|有|能|可以)?(?:多久|多长时间?|几年)/iu;

export function asksRepairTime(text: string): boolean {
  return ASKS_REPAIR_TIME.test(text) && !ASKS_WARRANTY_LENGTH.test(text);
}

/**
 * Asked mid-flow, "is it free?" and "这个要钱吗" are about the cost whatever the intent head makes of the rest of the
 * message ("is it free? i bought not even 2 year" reads as a fault report); only a question counts, not "free" said.
 */
const ASKS_COST = /\b(?:why (?:is it|am i|are we|would i be|would we be|will i be|will we be|is this|is that|is the repair) (?:charged|paying|not covered|not free)|how come (?:it'?s|i'?m|we'?re) (?:charged|paying|not covered)|price list|fixed price|(?:is|will) (?:it|this|that|the repair) (?:(?:going to|gonna) )?(?:be )?(?:free|covered|charged)|free of charge|how much|what(?:'s| is| will be) the (?:cost|price|charge)|do (?:i|we) (?:still )?(?:have to |need to )?pay|will (?:i|we) (?:be charged|have to pay)|cost me|do(?:es)?(?:n'?t)? (?:that|this|it)(?: not)? count|(?:that|this|it) do(?:es)?(?:n'?t| not) count)\b|(?:为什么|为啥|凭什么|怎么)(?:是|会|还|要|得){0,2}(?:收费|收钱|要钱|付费|花钱|掏钱)|(?:这|那)(?:也|都)不算|(?:这|那)?(?:也|都|还)(?:得|要)(?:收|交|付|花)(?:钱|费)|(?:为什么|为啥|凭什么)不(?:给)?保|免费吗|收费吗|要钱吗|要钱不|收不收费|要不要钱|多少钱|花多少|费用多少|需要付费吗|是免费的吗|(?:是否|是不是|免不|算不算|能不能)免费|修要钱/iu;

export function asksCost(text: string): boolean {
  return ASKS_COST.test(text);
}

/**
 * "Where would I send it?", "can I just post it to you?", "寄到哪": a question about shipping asked beside another
 * ("how much to fix it, and where do I send it?") or mid-flow, which the intent head, giving one label, may not name.
 */
const ASKS_WHERE_TO_SEND =
  /\bwhere (?:would|do|should|can|could|shall|to) (?:i |we )?(?:send|ship|post|mail|take|bring|drop)\b|\bwhere(?:'s| is) (?:the|your) (?:nearest )?(?:service |repair )?(?:cent(?:re|er)|depot|workshop)\b|\b(?:shipping|return|repair|service cent(?:re|er)) address\b|\b(?:post|send|ship|mail) it (?:to you|in|directly|straight)\b|(?:寄|送|邮)(?:到|去|回)?哪|发(?:到|去|回)哪|(?:维修|服务)(?:中心|点|站)在哪|(?:维修|寄修|收货)地址|直接寄(?:过去|给你们)/iu;

export function asksWhereToSend(text: string): boolean {
  return ASKS_WHERE_TO_SEND.test(text);
}

/**
 * A question about the warranty asked mid-flow, in its own words or as a worry about the product's age ("is it dying?
 * it's only a year old"): answered with the warranty of the product under discussion.
 */
const ASKS_WARRANTY = /\b(?:warranty|guarantee|covered)\b|\b(?:only|just|not even|barely) (?:a|one|two|three|\d+|half a) (?:years?|months?)(?: old)?\b|保修|过保|在保|质保|才用了|才买了?/iu;

/** A question as written: a question mark, or a Chinese sentence ending on 吗, 吧, 呢 ("应该还在保吧"). */
const ASKED = /[?？]|[吗吧呢么嘛][\s。！!~～]*$/u;

/** Asked as a request: "please check the warranty", "请先确认保修状态", "帮我查一下保修". */
const REQUESTS_A_CHECK = /\b(?:please\s+)?(?:check|confirm|verify|look up)\b|请(?:帮我?|先)?(?:确认|查|核实|看)|帮(?:我|忙)?(?:查|看|确认)|查(?:一下|下)|确认一下/iu;

/**
 * A question about the policy's own terms rather than one product: the day the warranty counts from, what a clause
 * means, whether a kind of seller counts, a price list ("保修期从哪天算，合同签订日还是到货验收日？", "条款里写的…算不算？",
 * "does clause 2 go by the datasheet?"). The policy answers it; no serial is needed.
 */
const ASKS_ABOUT_TERMS =
  /\bclause\s*(?:[1-7]|one|two|three|four|five|six|seven)\b|\b(?:your|the) (?:service |warranty )?(?:policy|terms(?: and conditions)?)\b|\bwhen does (?:the |my |our |your )?(?:warranty|guarantee) (?:start|begin)\b|\b(?:warranty|guarantee) (?:period )?(?:start|begin)s? (?:from|on|when)\b|\bprice list\b|\b(?:second[- ]hand|used|refurbished|grey[- ]market)\b[^.?!]{0,30}\b(?:covered|repair(?:ed)?|fix(?:ed)?|warranty)\b[^.!]*\?|\b(?:repair|fix|cover)\w*\b[^.?!]{0,20}\b(?:second[- ]hand|refurbished|grey[- ]market)\b[^.!]*\?|二手(?:的|货)?[^，。？?]{0,6}(?:给|能|管|保)不?(?:修|保)|条款|政策(?:里|上|中|规定)|第\s*[一二三四五六七1-7]\s*条|(?:保修|质保)期?(?:是)?(?:从|自)(?:哪天|哪一天|什么时候|何时)|从哪(?:一)?天(?:开始)?算|起算|价目表|收费标准/iu;
/** Where a question about the policy's terms is about the way the product was bought. */
const ASKS_ABOUT_CHANNEL = /\b(?:channels?|sellers?|resellers?|shops?|stores?|marketplace|online|amazon|ebay|taobao|jd(?:\.com)?|second[- ]hand|used)\b|渠道|店铺|网店|淘宝|京东|拼多多|闲鱼|二手|经销商|代理商/iu;
const ASKS = /[?？]|[吗吧呢么嘛不][\s。！!~～]*$|(?:^|[.!;,]\s*)(?:how|what|which|when|whether|does|do|is|are|can)\b|哪|什么|是否|算不算|是不是|有没有|咋|怎么/iu;

export function asksAboutTerms(text: string): boolean {
  return ASKS_ABOUT_TERMS.test(text) && ASKS.test(text);
}

export function asksAboutChannelTerms(text: string): boolean {
  return asksAboutTerms(text) && ASKS_ABOUT_CHANNEL.test(text);
}

export function asksWarranty(text: string): boolean {
  return (ASKED.test(text) || REQUESTS_A_CHECK.test(text)) && ASKS_WARRANTY.test(text);
}
