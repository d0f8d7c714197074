// Whether a message complains about the service itself, so that staff hear a dissatisfied customer at once.
//
// Word lists rather than a trained head: the complaint reading must be precise (a complaint queues the conversation for a
// person), the signal is carried by a small set of words in each language, and precision is measured on lines written
// blind (`npm run --silent nlu -- complaints`). A fault described in strong words ("the stupid camera keeps rebooting")
// is no complaint about the service; "no complaints" and "not bad" are none either.

/** Dissatisfaction with NetPosa's service, staff or handling, not with a device's fault. */
const COMPLAINS = {
  en: /\b(?:complain(?:t|ts|ing)?|unacceptable|ridiculous|disgraceful|outrageous|pathetic|appalling|terrible (?:service|support)|worst (?:service|support|experience|company)|(?:useless|awful|horrible|poor|bad|lousy|slow) (?:service|support|response|bot|assistant|company|staff|team|after-?sales)|waste of (?:my |our )?time|no ?one (?:ever )?(?:called|replied|answered|got back|responded|helped)|nobody (?:ever )?(?:called|replied|answered|got back|responded|helped|cares)|(?:still|been) waiting (?:for|since)|(?:third|fourth|fifth|3rd|4th|5th) time|(?:speak|talk) to (?:a|your) (?:manager|supervisor)|(?:bad|negative|1-star|one-star) review|never (?:buy|buying|again)|(?:want|demand) (?:a )?refund|fed up|sick (?:and tired )?of|disappoint(?:ed|ing)|very unhappy|not happy with (?:the|your)|rude|ignored|ignoring (?:me|us|my)|you (?:people|guys) (?:never|are (?:useless|hopeless|a joke|joking|impossible))|report you|consumer (?:association|protection)|12315|useless|incompeten(?:ce|t)|sloppy|unprofessional|not impressed|frustrat(?:ed|ing)|expected (?:much |a lot )?better|not (?:an )?acceptable|not ok(?:ay)?\b|scam|thanks for nothing|still (?:broken|waiting|no (?:reply|answer|response|word|invoice|fix))|no ?one (?:replies|answers|gets back|calls)|closed my (?:ticket|case)|lost my|transferred (?:\w+ )?times|violat(?:es|ing) (?:our|the) (?:sla|contract|agreement)|dead on arrival|wrong instructions|tiresome|enough is enough|cancel (?:my|our) (?:service|contract|order)|(?:second|third|another) (?:replacement|unit|camera) (?:that'?s |is )?(?:dead|broken|faulty))\b/iu,
  zh: /投诉|差评|太差|很差|真差|服务(?:太|真|很|也太)?(?:差|烂|垃圾|不行)|态度(?:太|很|真|极)?(?:差|恶劣|不好)|(?:服务|售后|客服|系统|公司|你们)(?:真|太|就是)?垃圾|垃圾(?:服务|售后|客服|公司|系统)|敷衍|踢皮球|没人(?:理|管|回|联系|回复|接)|不理人|一直没(?:人|回复|消息|结果)|等了(?:[一二三四五六七八九十两几\d]+|好几|半个)(?:天|周|个星期|星期|个月|礼拜)|第[三四五六3-6]次|又是这样|找(?:你们)?(?:领导|经理|主管)|再也不(?:买|用)|退(?:货|款)|骗(?:人|子)|坑(?:人|爹)|失望|不满意|不满|受够|忍无可忍|什么破|12315|消协|曝光|品控|说好.{0,16}(?:结果|现在|却|还|都)|(?:做|搞)得(?:真|太)?烂|太繁琐|白跑|浪费(?:我|我们)|(?:一个|一条)回复都没有|没有?(?:任何)?回复|迟到|连(?:句|个)(?:抱歉|道歉|解释)|是摆设|不算数|说不清楚|整顿|(?:弄|搞)丢|不专业|没下文|服了|要等[十几\d]+天|别让我再|上点心|不负责|呵呵|谁负责|责任谁负|凭什么|什么意思|就(?:把.{0,6})?关了/u,
};

/** Said without complaining: "no complaints", "not bad", "没什么不满意", "不算差". */
const NOT_A_COMPLAINT = {
  en: /\bno complaints?\b|\bnothing to complain\b|\bnot (?:a complaint|complaining)\b|\bnot (?:bad|disappointed|unhappy)\b|\bcan'?t complain\b|\bwasn'?t (?:rude|slow)\b/iu,
  zh: /不是(?:在|要|想)?投诉|没(?:什么|啥)?(?:不满|可投诉|要投诉)|不算差|不差|还不错|挺满意|很满意|非常满意|没有失望|不失望/u,
};

export function complainsAboutService(text: string): boolean {
  const reads = (lists: { en: RegExp; zh: RegExp }) => lists.en.test(text) || lists.zh.test(text);
  return reads(COMPLAINS) && !reads(NOT_A_COMPLAINT);
}
