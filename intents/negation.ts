// Decides whether a clause mention is denied ("it was never dropped", "没有摔过", "用的官方固件") or only asked about.
import type { ClauseId, Language } from '../src/domain/vocabulary';
import { type Fragment, splitFragments } from './clauseFragments';

/** "谁会去碰它", "谁能爬那么高去摔它": asked back, a denial that anyone did it. */
export const RHETORICAL_WHO_ZH = String.raw`谁(?:会|去|能|敢|还)?[^，。；！？\s]{0,6}?(?:碰|动|拆|摔|砸|弄)(?!了)`;

const NEGATION: Record<Language, RegExp> = {
  en: /\b(?:not|no|never|nobody|nobodys|none|neither|nor|without|noone|nothing)\b|\bno one\b|n't\b|\b(?:isnt|wasnt|werent|arent|didnt|doesnt|dont|hasnt|havent|hadnt|wont|shouldnt|cant|couldnt|aint)\b/iu,
  // 未经 ("without approval") introduces an unauthorised act rather than denying one.
  // 别 denies ("别摔"); 别人, 别的, 别家 are someone or something else.
  // 怎么可能, 哪有, 哪来的 deny by asking back: "怎么可能是拆过", "哪来的二手".
  // 没拿稳 or 没固定好 ("did not hold it steady") tells how it fell, it does not deny the fall.
  zh: new RegExp(String.raw`没(?!(?:拿|抓|扶|站|放|装|绑|拧|卡|固定|捆|挂)(?:稳|好|紧|牢)|注意|留神|小心|看好)|未(?!经)|不是|并非|无(?!法)|不曾|从不|别(?![人的家处])|怎么可能|不可能|哪有|(?<!知道|晓得|清楚)哪来的?|不存在|${RHETORICAL_WHO_ZH}`, 'u'),
};

/** Software and hardware alike: "官网下的", "从你们授权的经销商买的", "正版". */
const OFFICIAL_SOURCE_ZH = /官方|官网|正规|正版|授权的?(?:渠道|经销|代理|店|商|集成商|服务商)|原厂|正品|原装|直接从你们|从你们(?:这|那|公司)|(?:直接)?(?:跟|和|与)你们(?:公司)?签/u;

/**
 * Saying the software, the seller or the repairer was NetPosa's or authorised by it denies the
 * clause about unofficial ones.
 */
const AFFIRMS_AUTHORISED: Partial<Record<ClauseId, Record<Language, RegExp>>> = {
  unofficial_software: {
    en: /\b(?:official|officially|authori[sz]ed|genuine|original|stock|licensed)\b|\bdirectly from\b|\bthrough your\b|\b(?:from|off) (?:the )?(?:netposa|your)(?:'s)? (?:website|site|download|portal)|\byour (?:own )?(?:firmware|software|update|release)\b/iu,
    zh: OFFICIAL_SOURCE_ZH,
  },
  unofficial_channel: {
    en: /\b(?:official|officially|authori[sz]ed|genuine|original|licensed)\b|\bdirectly from\b|\bthrough your\b|\bfrom your (?:distributor|dealer|reseller|partner|sales|company|website|shop|store)/iu,
    zh: OFFICIAL_SOURCE_ZH,
  },
  unauthorized_repair: {
    en: /\b(?:certified|authori[sz]ed)\b|\byour (?:own )?(?:engineers?|technicians?|service (?:centre|center|team|partner))\b|\bnetposa(?:'s)? (?:engineers?|technicians?|service|partner)/iu,
    zh: /授权的?(?:服务商|服务站|服务中心|维修|网点|工程师|安装|集成商|售后)|认证的?(?:工程师|安装|服务商|集成商)|你们(?:的)?(?:工程师|售后|技术员|合作伙伴|服务商)|(?:官方|原厂)(?:的)?(?:售后|维修|工程师)/u,
  },
};
/** The official software named as what was taken out: "replaced the stock firmware with a custom build", "把原厂固件刷成了…". */
const OFFICIAL_ONE_REPLACED: Record<Language, RegExp> = {
  en: /\b(?:replac\w*|swapp?\w*|overwr\w*|remov\w*|wip\w*|ditch\w*|instead of)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:official|original|stock|genuine)\s+(?:firmware|software|os|image|build|vms)\b/giu,
  zh: /(?:把|将)?(?:原厂|官方|原装|正版)(?:的)?(?:固件|软件|系统)(?:换|刷|改)(?:成|掉)/gu,
};

/**
 * Words that call the seller, software or repairer unauthorised; their negation ("wasn't certified") affirms the clause.
 * Global, for removing them; `match` and `replace` leave a global pattern's lastIndex alone, `test` would not.
 */
const NAMES_UNAUTHORISED: Record<Language, RegExp> = {
  en: /\b(?:un|non[- ]?)(?:official|authori[sz]ed|licensed|certified)\b|\b(?:not|never|isn'?t|wasn'?t|aren'?t|weren'?t)\b(?:\s+[\w-]+){0,4}?\s+(?:official|authori[sz]ed|genuine|original|licensed|certified|certificate|partners?|distributors?|agents?|dealers?|resellers?|on your (?:\w+ )?list|from (?:you|netposa))\b|\bwithout (?:any |a )?(?:netposa )?(?:partner|authori[sz]ation|certification|certificate)\b|\bno certificat(?:e|ion)\b/giu,
  zh: /不是(?:你们|官方|原厂)家?的(?=[^，。；！？]{0,8}(?:软件|固件|程序|app|APP|客户端|驱动))|非(?:官方|正规|授权|正版|原厂)|比(?:官方|你们|原厂)(?:的|价)?便宜|未授权|不是(?:你们的?)?(?:官方|正规|代理|经销商|授权|认证|合作伙伴)|没有?(?:你们的?|厂家的?|原厂的?)?授权|未经授权|没有?(?:资质|认证)|不是你们认证/gu,
};

/**
 * Negations that say the clause rather than deny it: a product "never cleaned or serviced", run
 * "without any ventilation", "几年都没做过维护" was not maintained as required; a site "没做接地" has
 * bad earthing; "早就不在保修期了" is expired. Global, for removing them, as `NAMES_UNAUTHORISED`.
 */
const NEGATION_AS_CLAUSE: Partial<Record<ClauseId, Record<Language, RegExp>>> = {
  improper_use: {
    en: /\b(?:never|not|no|without|zero|nobody|no one)\b(?:\s+(?:been|once|ever|had|has|have|done|did|any|proper|a|an|regular|routine|enough|adequate))*\s+(?:clean(?:s|ed|ing)?|service[ds]?|servicing|maintain(?:s|ed)?|maintenance|wiped|dusted|ventilation|ventilated|airflow|cooling|enclosure|weatherproofing)\b|\b(?:wasn't|weren't|isn't|hasn't|haven't|hadn't|didn't|don't|doesn't)(?:\s+(?:been|ever|once|get|have|had|any|proper|regular))*\s+(?:clean(?:ed)?|service[ds]?|servicing|maintain(?:ed)?|maintenance|wiped|dusted|ventilated)\b/giu,
    zh: /(?:从来|从|一次|几年|都|也|一直)?(?:没|未)(?:有)?(?:人)?(?:做过?|过)?(?:任何)?(?:维护|保养|清理|清洁|清灰|清过灰|除尘|擦过?|管|通风|防潮|防水|散热)|(?:没|未)(?:有)?按(?:照)?(?:说明书|要求|规范)/gu,
  },
  abnormal_cause: {
    en: /\b(?:never|not|no|without)\b(?:\s+(?:been|properly|proper|a|an|any))*\s+(?:earthed|grounded|earthing|grounding|surge protection|lightning protection)\b/giu,
    zh: /(?:没|未)(?:有)?(?:做|接)?(?:接地|地线|防雷)|(?:接地|地线)(?:没|未)(?:有)?(?:做|接)(?:好)?/gu,
  },
  // "在不在保" and "不在保修范围的有哪些" ask; they say nothing expired.
  expired: { en: /\bno longer (?:under|in|covered)\b/giu, zh: /(?<!在)不在(?:保修期(?!内?吗)|质保期|保(?!修范围|修吗))/gu },
};

/** Phrases that deny a clause without a negation word, read in the clause that holds the mention (see `MESSAGE_WIDE_DENIALS`). */
const DENIALS: Partial<Record<ClauseId, Record<Language, RegExp>>> = {
  improper_use: {
    en: /\bwith (?:your|the supplied|the included|the original) (?:bracket|mount)|\b(?:dry|air-?conditioned|climate-controlled|temperature-controlled)\s+(?:\w+\s+)?(?:room|cabinet|office|building|warehouse|rack|corridor)\b|\b(?:well )?within (?:the |its |our )?(?:spec|specs|range|rating|temperature range|channel limit|limits?|budget)\b|\bwell within\b|\bin range\b|\b(?:inside|under) (?:the |its )?(?:spec|rating|limit|budget)\b|\bno (?:issue|problem|worries) with (?:the )?(?:temperature|heat|cold|load|power|budget)\b|\brated for (?:it|that|this)\b|\bnothing(?:'s| is| has)? overheated\b|\bgood down to\b|\b(?:as|per) (?:the manual says|the manual|designed|specified|instructed|it should be)\b|\b(?:used|installed|mounted|kept|stored|it'?s|it is|they'?re|they are|sits?|sitting|stays?|lives?|located) indoors\b|\brated for (?:outdoor|outside|rain|the outdoors)\b|\b(?:an|the) outdoor (?:\w+ )?model\b|\bit(?:'s| is) an outdoor (?:\w+ )?(?:camera|cam|unit|dome|bullet)\b|\bip6[5-8]\b|\b(?:in|on) (?:a |the |our )?(?:server |equipment |network )?rack\b|\b(?:server|equipment|control|monitoring|security) room\b/iu,
    zh: /干燥|有空调|恒温|范围(?:之)?内|规格(?:之)?内|没(?:有)?超(?:过|标|载|接|负荷)?(?!了)|原装支架|配套(?:的)?支架|按说明书|按要求|按规定|符合要求|按规范|一直在室内|装在室内|室外(?:的)?(?:型号|款)|户外(?:的)?(?:型号|款)|机房|机柜|监控室|控制室/u,
  },
  // A disaster that passed the equipment by ("the flood didn't reach us", "台风那几天都没事").
  force_majeure: {
    en: /\b(?:in the next (?:valley|town|county|district|village|suburb|province)|(?:our|the) (?:farm|site|place|yard|building|depot|premises|station|dairy|shop|house) (?:was|stayed) (?:grand|fine|ok|okay|untouched|spared|dry)|(?:none|nothing) (?:of (?:it|them) )?came (?:within|near|close to)|nothing to do with (?:us|our|the)|on the far side of|unaffected|without a scratch|stayed (?:bone )?dry|just a precaution|nothing happened|missed us|(?:changed|shifted) course|barely felt|nowhere near (?:us|our|here)|no (?:outage|damage) (?:at all|here)|(?:were|was) fine afterwards|(?:\w+ )?(?:towns?|miles|km|kilometres|kilometers|streets|blocks|valleys) (?:over|away)|(?:was|were) (?:all )?(?:downtown|elsewhere|upstream|downstream|across town)|not (?:in|at|near) our (?:town|area|site|city|village|street|building|district)|(?:survived|came through|made it through|rode out) (?:the \w+ )?(?:fine|ok|okay|unharmed|intact|undamaged|without (?:a |any )?(?:scratch|damage|problem))|(?:was|were)(?:n't| not) affected|did(?:n't| not) (?:reach|affect|hit|touch)|never (?:reached|affected|hit)|nothing (?:was |got )?(?:touched|moved|damaged|broken)|none of (?:our|the|my) (?:kit|gear|equipment|cameras?|devices?|hardware)(?: was| were)? (?:touched|damaged|affected|hit)|not a scratch|rode it out|(?:everything|all|each|every \w+)\b[^.!?,]{0,30}?\b(?:kept|still) working|kept working (?:fine|normally|throughout|the whole time)|(?:every|each|all (?:the|our)) cameras? came back|anywhere near (?:us|our|here)|nothing to do with (?:the|it|that)|(?:there )?has(?:n't| not) been (?:one|a \w+) (?:in|for) (?:years|ages|decades)|untouched|(?:was|were)(?:n't| not) (?:hit|touched|damaged|reached)|nothing (?:shook|burn(?:ed|t)|hit|landed|blinked)|never blinked|(?:on|at|in) the other (?:island|side of (?:town|the (?:city|country|island|state|valley|river)))|(?:went|passed) (?:fine|by|over us))\b/iu,
    zh: /都好好的|好好的|好着呢|都没事|啥事没有|一点事(?:都|也)?没有|什么事(?:都|也)?没有|啥影响(?:都|也)?没有|一点没(?:进水|事|受影响)|没感觉|(?:最后|后来)?也没下(?:来)?|离震中|没受(?:到)?影响|扛过来|挺过来|没(?:有)?关系|没(?:有)?(?:淹|刮|吹|波及|影响|震|烧)[到着]|没波及|震感很轻|(?:淹|刮|吹|震|烧)的是(?:隔壁|别的|下游|邻|旁边)|只是晃了一下|就晃了一下|(?:我们|咱们|俺们)(?:这|这边|这里|那边|厂里|场里|站里)(?:没(?:淹|刮|吹|震|烧|事)|连[^，。！？]{0,4}都没)|(?:淹|刮|吹|震|烧)了隔壁|从[^，。！？]{0,6}(?:南边|北边|东边|西边|旁边)(?:过去|绕过去|走)/u,
  },
  // A stable supply, surge protection or cooling the customer has: the electricity or heat did the product no harm.
  abnormal_cause: {
    en: /\b(?:mains|power|supply|voltage)\s+(?:is|was|has been)\s+(?:\w+\s+)?(?:stable|clean|steady|fine)\b|\b(?:we have|there's|there is|it's on|it is on|behind|with)\s+(?:a |an )?(?:ups|air ?con(?:ditioning)?)\b|\b(?:surge|lightning|overvoltage) (?:protection|protectors?|arresters?)\b(?!\s+(?:blew|failed|tripped|burnt|burned|popped|went))/iu,
    zh: /电压(?:很|一直|都)?(?:稳|正常)|有(?:UPS|ups|稳压|防雷)|接地(?:做得|都)?(?:很)?(?:好|良好|规范)|做了防雷|防雷接地|(?:检测|验收)(?:也|都)?合格/u,
  },
  /**
   * Swapping what plugs into the product (a cable, a socket, an adapter, a switch port) is
   * troubleshooting, and mounting it with one's own team is ordinary use: neither repairs it.
   */
  unauthorized_repair: {
    en: /\b(?:we|our (?:own )?(?:team|guys|staff|people|crew))\b(?:\s+[\w'-]+){0,2}?\s+(?:mounted|installed|fitted|put up|hung|re-?aimed|re-?positioned|adjusted)\b|\b(?:mounted|installed|fitted|put up)\b[^,.;!?]*\b(?:ourselves|by us|by our (?:own )?(?:team|guys|staff|people|crew))\b|\b(?:with|using) (?:your|the supplied|the included|the original|the netposa) (?:bracket|mount)|\b(?:swapped|swapping|changed|changing|replaced|replacing|tried|moved|new)\b(?:\s+(?:the|a|an|our|its|it|to|into|onto|another|other|new|different|power|network|wall|poe|patch|ethernet|usb))*\s+(?:cables?|leads?|cords?|sockets?|outlets?|plugs?|adapters?|bricks?|ports?|injectors?|switch(?:es)?|power strips?|extension)\b/iu,
    zh: /(?:外面|表面|外头)[^，。；！？]{0,4}擦|自己改的(?:驱动|固件|程序|软件|配置)|(?:我们|自己)(?:自己)?(?:的人|的师傅|项目上的人|公司的人)?(?:装|安装|挂|固定)(?:上去)?的|用(?:你们|原装|配套|自带)的?支架|(?:换|试)(?:了|过)?(?:一?[个根条只])?(?:新的?|别的|其他的?)?(?:电源线|网线|插座|插排|插线板|排插|适配器|电源适配器|交换机|交换机口|交换机端口|POE口|POE端口|网口|水晶头|POE供电器|POE交换机|供电器|墙插)/iu,
  },
  expired: {
    en: /\bstill (?:be |being )?covered\b|\b(?:under|in|within) (?:the |its )?(?:\d+-year |\w+-year )?(?:warranty|guarantee)\b|\bwarranty (?:runs|lasts|is valid) (?:till|until|to)\b|\bwarranty ends next\b/iu,
    // "过保没", "过保了吗" ask whether it expired; "保修还有两年" says it has not.
    zh: /在不在保|不在保修范围|还在保|(?<!不在)保修期内|(?<!不在)质保期内|(?<![不没])在保|过保(?:了)?(?:没(?!事|关系|问题)|吗|不(?!要紧|碍事|打紧|用|管))|还保不保|保修还有|保到20\d\d|还没到期/u,
  },
};

/** "Is it still under warranty?" asks what "it's still under warranty" says. Chinese questions (过保没) are in the denials. */
const ASKS: Partial<Record<Language, RegExp>> = { en: /^(?:is|are|was|were|does|do|did|will|would|can|could|should|has|have)\b/iu };

function isQuestion({ text, start }: Fragment, message: string, lang: Language): boolean {
  return (ASKS[lang]?.test(text) ?? false) || (lang === 'en' && /^\s*\?/u.test(message.slice(start + text.length)));
}

/** Whether the words deny the clause outright ("still under warranty", "按说明书装的"), with or without a cue word. */
export function statesDenial(clause: ClauseId, text: string, lang: Language): boolean {
  return deniedIn(clause, text, lang, (fragment) => isQuestion(fragment, text, lang));
}

/** Whether a fragment not `asked` says the clause's denial phrase. */
function deniedIn(clause: ClauseId, text: string, lang: Language, asked: (fragment: Fragment) => boolean): boolean {
  const denial = DENIALS[clause]?.[lang];
  if (!denial) return false;
  return splitFragments(text, lang).some((fragment) => denial.test(fragment.text) && !asked(fragment));
}

/**
 * Denied as a statement, not asked: "还在保吗" asks what a purchase date and a term can answer, where "还在保" says it.
 * (`statesDenial` counts the question too, so that a question about a clause never reads as the clause.)
 */
export function statesDenialOutright(clause: ClauseId, text: string, lang: Language): boolean {
  const asked = (fragment: Fragment) =>
    isQuestion(fragment, text, lang) || /[吗么嘛]\s*$/u.test(fragment.text) || /^\s*[?？]/u.test(text.slice(fragment.start + fragment.text.length));
  return deniedIn(clause, text, lang, asked);
}

/** What the customer is about to do has not happened: "I will get it checked by our technician". */
export const PLANNING = /\b(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to| gonna)\s+(?:get|have|ask|send|take|bring|call|open|check|try)\b|\b(?:i'?m|we'?re|i am|we are) about to\b|\bbefore (?:i|we) (?:let|have|get|send|open|flash|install)\b|\b(?:was|were) going to\b|\b(?:wants?|wanted|plans?|planning) to\b/iu;

/** An "if" that supposes; "to see if a wire was loose" only says what was checked. */
export const SUPPOSING_IF = /(?<!\b(?:see|check|checking|find out|know|tell|wonder|wondered|ask|asked|test|testing|look|looking)\s+)\b(?:if|whether)\b/iu;

/**
 * "If it was dropped…", "如果是摔坏的" asks about a clause without saying it happened; "I will get it checked by our
 * technician", "回头让电工看看" plans it.
 */
const CONDITIONAL: Record<Language, RegExp> = {
  en: new RegExp(String.raw`^(?:and |but |so )?(?:what if|would|will|does|do)\b|${SUPPOSING_IF.source}|\b(?:in case|suppose|supposing)\b|${PLANNING.source}`, 'iu'),
  zh: /如果|假如|要是|万一|假设|是不是会|的话|还没买|准备买|打算买|想买|(?:打算|准备|回头|等会儿?|明天|过两天)(?:让|叫|找|请)|(?:打算|准备|计划|想)(?:自己)?(?:把|在|去|拆|装|买|刷|改)(?![^，。！？]{0,8}的时候)|(?:打算|准备|计划)(?:自己)?$|下(?:周|个月|礼拜)(?:有|要)|^(?:请问)?(?:一般来讲|一般来说|通常来说|一般情况下)/u,
};

/**
 * Words talked about rather than said: a question about the checklist's own words ("what is 'self-programmed software'? You
 * mean the firmware?", "刷机是什么意思"), or the customer explaining one of theirs ("when I said burnt I only meant how the
 * picture looks", "我说的烧是指画面发白").
 */
const TALKS_ABOUT_WORDS: Record<Language, RegExp> = {
  en: /\bwhat (?:is|are|does|do|'s)\b[^.!?]{0,40}\bmean\b|\bwhat (?:is|are)\s+['"‘“]|\b(?:you|u) mean\b|\bmeaning of\b|\bwhat counts as\b|\bwhen i (?:said|wrote|say)\b|\bi (?:only |just |actually )?meant\b/iu,
  zh: /什么意思|啥意思|是指什么|指的是什么|^\p{Script=Han}{1,6}是(?:什么|啥)$|什么叫|啥叫|什么算|(?:你|您)(?:是)?(?:说的?|指的?)是|我(?:说的|讲的|的意思)[^，。！？]{0,6}(?:是指|是说|指的是|意思是)|我的意思是/u,
};

/** A worry about what may come ("lightning season is coming and I'm worried", "雷雨季节快到了有点担心") says nothing happened yet. */
const WORRY: Record<Language, RegExp> = {
  en: /\b(?:we|you|they) (?:get|have|see) (?:a lot of|lots of|many|frequent|plenty of|regular)\b|\b(?:flood|earthquake|quake|typhoon|hurricane|tornado|lightning|storm)[- ](?:zone|plain|belt|area|prone|risk|region|country|alley)\b|\bseason(?:'s)? (?:again|is here|has started)\b|\b(?:worried|worries|afraid|concerned|nervous)\b(?=[^.!?]*\b(?:will|might|may|could|would|going to|gonna)\b)|\b(?:season|storm|typhoon|hurricane|weather|rain|winter|summer)s?\s+(?:is\s+|are\s+)?(?:coming|approaching|ahead|on (?:its|the) way)\b/iu,
  zh: /(?:担心|害怕)[^，。；！？]{0,6}?(?:会|被|万一|以后|将来)|快到了|要来了|快来了|经常(?:有|下|打|刮|闹)|(?:雷|台风|暴雨|雷雨|雨水)(?:很|特别|比较|挺)多/u,
};

/**
 * "Is water damage covered?", "二手设备能保修吗": a question about a kind of damage or purchase in
 * general, with nothing that makes it the customer's own product.
 */
const GENERAL_COVERAGE_QUESTION: Record<Language, RegExp> = {
  en: /(?:^|:\s*)(?:(?:and|but|so|also|plus|oh|ok|okay)\s+)?(?:is|are|can|could|should|does|do|will|would|what about|what happens|what's|what is|how about)\b.*\b(?:covered|cover|warranty|guarantee|free|supported|eligible|accepted)\b/iu,
  zh: /保不保|保修吗|能保吗|能修吗|能不能修|怎么算|怎么收费|免费还是收费|还保吗|给保吗|保修范围(?:内)?吗|算不算|管保修|享受保修|影响保修|保修不|(?:保修|质保)(?:包括|包含|涵盖|管)[^，。；！？]*吗|包不包(?:括|含)?|管不管/u,
};
const OWN_PRODUCT: Record<Language, RegExp> = {
  en: /\b(?:my|our|mine|ours|this|these|i|we|me|us)\b/iu,
  zh: /我|咱|俺|这台|那台|这个|那个|这批|那批/u,
};

/** Chinese marks what did happen: "进水了还保修吗", "拆过的还能保吗" ask about the customer's own product. */
const HAPPENED: Partial<Record<Language, RegExp>> = { zh: /(?<!过)了|[拆修换刷摔掉进淹烧改开]过/u };

function asksInGeneral(fragment: string, lang: Language): boolean {
  return GENERAL_COVERAGE_QUESTION[lang].test(fragment) && !OWN_PRODUCT[lang].test(fragment) && !HAPPENED[lang]?.test(fragment);
}

/**
 * `beforeCue` is the fragment's text up to the cue words (the whole fragment when the cue was
 * inferred rather than found): a negation after the cue ("dropped it, nothing works") denies nothing.
 */
export function isDenied(clause: ClauseId, message: string, fragment: string, beforeCue: string, lang: Language): boolean {
  const saysClause = NEGATION_AS_CLAUSE[clause]?.[lang];
  if (saysClause && fragment.match(saysClause)) return mentionDenied(clause, message, ...withoutWords(saysClause, fragment, beforeCue), lang);
  const authorised = AFFIRMS_AUTHORISED[clause]?.[lang];
  if (authorised) {
    const unauthorised = NAMES_UNAUTHORISED[lang];
    // The negation inside "not authorised" is the clause itself, not a denial of it.
    if (fragment.match(unauthorised)) return mentionDenied(clause, message, ...withoutWords(unauthorised, fragment, beforeCue), lang);
    if (authorised.test(fragment.replace(OFFICIAL_ONE_REPLACED[lang], ' '))) return true;
  }
  return mentionDenied(clause, message, fragment, beforeCue, lang);
}

/**
 * The fragment and its part before the cue with these words blanked out of the fragment: the cue may sit inside them
 * ("nobody has done any maintenance"), so the part before the cue is cut from the blanked fragment, not blanked alone.
 */
function withoutWords(words: RegExp, fragment: string, beforeCue: string): [fragment: string, beforeCue: string] {
  const blanked = fragment.replace(words, (match) => ' '.repeat(match.length));
  return [blanked, blanked.slice(0, beforeCue.length)];
}

/**
 * The product has one warranty and one way it is used, and a disaster passed it by or did not:
 * "bought 2019, and it's still under warranty", "a typhoon came but our site wasn't affected" deny
 * their clause wherever the message says it.
 */
/** An English negation, as written with or without its apostrophe ("nobodys opened it", "didnt"). */
export const ENGLISH_NEGATION = NEGATION.en;

const MESSAGE_WIDE_DENIALS: readonly ClauseId[] = ['expired', 'improper_use', 'force_majeure'];

/**
 * The colloquial denial that repeats its verb after the negation, so nothing precedes the cue: "摔都没摔过", "进也没进过水",
 * "摔倒是没摔过"; bare, "摔没摔过" asks or denies, and says it happened either way (the 过 keeps "有没有" out).
 */
const REPEATED_VERB_DENIAL = /(\p{Script=Han}{1,2})(?:(?:都|也|从来|根本)(?:没有?|未|不曾)\1|(?:倒是|倒)?没有?\1过)/u;

/** Asked back whole, wherever the cue sits in it: "谁能爬那么高去摔它". */
const RHETORICAL_WHO = new RegExp(RHETORICAL_WHO_ZH, 'u');

/** What nature or a crowd does to a site, whose passing by the whole message may tell. */
const NATURAL_EVENT: Record<Language, RegExp> = {
  en: /\b(?:lightning|thunder|storm|flood|typhoon|hurricane|cyclone|quake|earthquake|wildfire|hail|riots?)\b/iu,
  zh: /雷|台风|洪水|暴雨|地震|冰雹|山火|暴乱/u,
};

/** A message that says it only asks ("I just ask for future", "就问问"): what it names did not happen to the product. */
const ONLY_ASKING: Record<Language, RegExp> = {
  en: /\b(?:i|we)(?:'m| am|'re| are)? (?:just|only) ask(?:ing)?\b|\bjust (?:asking|curious|wondering|planning)\b|\bfor (?:the )?future\b|\bhypothetical(?:ly)?\b|\bplanning ahead\b/iu,
  zh: /(?:就|只是|随便)问问(?!价|多少|费用|价格|地址|流程|进度)|问问而已|问一下而已|以后(?:万一|要是|如果)|还没(?:买|下单)|(?:保修|质保)?条款(?:里|中)/u,
};

export function saysItOnlyAsks(message: string, lang: Language): boolean {
  return ONLY_ASKING[lang].test(message);
}

/** A question the customer answers themselves with a "no": "second hand? no. dropped? no.", "摔过吗？没有", "二手？我这是正经…". */
const ANSWERED_NO = /^\s*[?？]+\s*(?:(?:no|nope|nah|never|没有|没|不是|无)(?![\p{L}])|我这(?:是|可是)正(?:经|规))/iu;

function answeredNo(message: string, fragment: string): boolean {
  const at = message.indexOf(fragment);
  return at >= 0 && ANSWERED_NO.test(message.slice(at + fragment.length));
}

function mentionDenied(clause: ClauseId, message: string, fragment: string, beforeCue: string, lang: Language): boolean {
  if (lang === 'zh' && (REPEATED_VERB_DENIAL.test(fragment) || RHETORICAL_WHO.test(fragment))) return true;
  if (answeredNo(message, fragment)) return true;
  if (saysItOnlyAsks(message, lang) || echoedAsQuestion(message, fragment)) return true;
  // "The lightning storm was two towns over": the storm that passed the site by did nothing to the product either, and
  // "Lightning hit the tree across the street but everything in our building kept working" says so after a "but" (what
  // was fine before the event, "一直好好的，上周服务器被雷击了", was not spared by it).
  const fromHereOn = NATURAL_EVENT[lang].test(fragment) ? message.slice(Math.max(0, message.indexOf(fragment))) : fragment;
  if (clause === 'abnormal_cause' && (statesDenial('force_majeure', fromHereOn, lang) || missedTheProduct(message, fragment, lang))) return true;
  if (statesDenial(clause, MESSAGE_WIDE_DENIALS.includes(clause) ? message : fragment, lang)) return true;
  if (onlyAsks(fragment, beforeCue, lang)) return true;
  if (NEGATION[lang].test(beforeCue)) return true;
  return lang === 'en' && (DENIED_BY_ITS_VERB.test(fragment.slice(beforeCue.length)) || listedAfterADenial(message, fragment));
}

/** "摔？那么高谁去摔它哦", "Dropped? From 6 m up?": the checklist's word echoed back as a question asks it, it tells nothing. */
function echoedAsQuestion(message: string, fragment: string): boolean {
  const words = fragment.trim();
  const at = message.indexOf(words);
  const bare = HAN_ONLY.test(words) ? words.length <= 3 : words.split(/\s+/u).length <= 2;
  return at >= 0 && bare && /^\s*[?？]/u.test(message.slice(at + words.length));
}

const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * A blow that struck something else or nothing: "the pallet missed the NVR by a mile, nothing touched it", "球童开电瓶车差点
 * 撞到那根杆子，还好刹住了", "石头砸到了旁边的铲车，摄像头离得远没事". Said anywhere in the message, it denies the fall or knock
 * the story tells, and only that (water that got in is another matter).
 */
const NEAR_MISS: Record<Language, RegExp> = {
  en: /\bmissed (?:it|them|the (?:camera|cam|dome|ptz|nvr|unit|pole|mast|cabinet|rack)s?|us|our \w+)\b|\bnothing (?:touched|hit) (?:it|them|the \w+)\b|\b(?:nearly|almost) (?:hit|clipped|knocked|ran into)\b|\bnear[- ]miss\b|\b(?:camera|cam|dome|ptz|nvr|unit|it) (?:itself )?(?:was|were)(?:n't| not| never) (?:touched|hit)\b/iu,
  zh: /(?:差点|差一点|险些)(?:就)?(?:撞|砸|碰|刮)|还好(?:刹住|躲开|没)|离得(?:远|老远|挺远)[^，。；！？]{0,3}(?:没事|没碰|没砸|没伤)|(?:一点|根本|从来)?没(?:有)?(?:碰|撞|砸|伤|刮)(?:着|到)(?:过)?|(?:撞|砸)的是(?:柱子|旁边|隔壁|别的|墙|杆子)|一台(?:都)?没(?:伤着|伤到|砸着|砸到|碰着|碰到)/u,
};
/** A fall or a blow: what a near miss denies. */
const IMPACT: Record<Language, RegExp> = {
  en: /\b(?:fell|fall(?:en|s|ing)?|drop(?:ped)?|knock(?:ed)?|hit|struck|smash(?:ed)?|crash(?:ed)?|clip(?:ped)?|rammed|bump(?:ed)?|forklift|truck|pallet|van|car|ball)\b/iu,
  zh: /撞|砸|碰|摔|掉|刮|铲车|叉车|电瓶车|车/u,
};

function missedTheProduct(message: string, fragment: string, lang: Language): boolean {
  return IMPACT[lang].test(fragment) && NEAR_MISS[lang].test(message);
}

/**
 * "It hasn't been dropped, knocked or opened (by anyone)", "never dropped, opened or exposed to water", "Nobody dropped it,
 * opened it or poured anything on it": bare words listed
 * after a denial, each with at most a short complement, are denied with it.
 */
const LISTED_ITEM = String.raw`[A-Za-z-]+(?:\s+(?:it|them|anything|water|liquid))?(?:\s+(?:to|in|into|with|on|onto|under|over)\s+(?:the\s+)?[A-Za-z-]+)?`;
export const LIST_GOES_ON = new RegExp(
  String.raw`^\s*(?:(?:or|nor|and)\s+)?${LISTED_ITEM}(?:\s+(?:or|nor|and)\s+${LISTED_ITEM})*(?:\s+(?:by (?:anyone|anybody|someone|anyone else)|at all|either|ever|or anything(?: like that)?))?\s*$`,
  'u',
);

/** Whether the fragment is a bare word of a list whose first item was denied, the items between bare words too. */
function listedAfterADenial(message: string, fragment: string): boolean {
  let at = message.indexOf(fragment);
  if (!LIST_GOES_ON.test(fragment) || at <= 0) return false;
  for (;;) {
    const before = message.slice(0, at).replace(/[,;\s]+$/u, '');
    const previous = /[^,;.!?\n]*$/u.exec(before)?.[0] ?? '';
    if (NEGATION.en.test(previous)) return true;
    if (!previous.trim() || !LIST_GOES_ON.test(previous)) return false;
    at = before.length - previous.length;
  }
}

/**
 * A cause named as the subject of a denied verb: "forklifts dont go near it", "water has never got in", "kids have never
 * touched it". Only an auxiliary may come between, so "dropped it and now it doesn't boot" still says it was dropped.
 */
const DENIED_BY_ITS_VERB =
  /^[\w'-]+(?:\s+(?:have|has|had|do|does|did|would|will|could|can|ever|really|even|simply|just))?\s+(?:don'?t|doesn'?t|didn'?t|never|can'?t|couldn'?t|won'?t|wouldn'?t|hasn'?t|haven'?t|hadn'?t|aren'?t|isn'?t|wasn'?t|weren'?t)\b/iu;

/**
 * Words that suppose, fear or ask about a clause ("if it was dropped", "摔一下的话还管保修不") say nothing about the
 * product either way: not a mention, and no denial to set against what the customer says happened later.
 */
export function onlyAsks(fragment: string, beforeCue: string, lang: Language): boolean {
  return CONDITIONAL[lang].test(beforeCue) || WORRY[lang].test(fragment) || asksInGeneral(fragment, lang) || TALKS_ABOUT_WORDS[lang].test(fragment);
}
