// Service-desk words that point at one kind of fault, given to the classifiers as extra features of a sentence.
import type { Symptom } from '../src/domain/vocabulary';
import { normalizeText } from './tokenizer';

/**
 * What a video-surveillance service engineer reads as a hint of each symptom, in English and
 * Chinese. A hint is evidence to be weighed, not a rule: "the IR died after the storm" is still
 * image quality although the storm is a power word, and the classifiers learn how far to trust each.
 */
const SYMPTOM_CUES: Record<Symptom, RegExp> = {
  no_video:
    /\bno (?:video|picture|image|signal|feed)\b|\bblack (?:screen|image|picture|box)\b|\bblank (?:screen|image)\b|\blive ?view\b|\bwent black\b|黑屏|没(?:有)?(?:画面|图像|视频|信号)|无(?:画面|图像|视频|信号)|看不到(?:画面|图像)|画面(?:全)?黑/u,
  image_quality:
    /\bblurr?y\b|\bblur\b|\bfuzzy\b|\bout of focus\b|\bgrainy\b|\bir\b|\binfrared\b|\bnight ?vision\b|\bcolou?rs?\b|\btint\b|\bpink\b|\bpurple\b|\bstripes?\b|\boverexposed\b|\bblack and white\b|\bwdr\b|\bfog(?:gy|ged)?\b|\bghost(?:ing)?\b|\bflicker(?:s|ing)?\b|\bmilky\b|\bhazy\b|\bwashed out\b|\b(?:horizontal|vertical|wavy) lines\b|模糊|糊|偏色|红外|夜视|条纹|花屏|噪点|重影|过曝|发白|偏红|偏紫|看不清|色彩|黑白|虚焦|起雾|横纹|竖纹|波纹|纹路|雪花|闪烁|一闪一闪|发黄|发绿/u,
  network:
    /\boffline\b|\bdisconnect(?:s|ed|ing)?\b|\bdrops? (?:off|out)\b|\bping\b|\bip\b|\bdhcp\b|\bddns\b|\bnetwork\b|\bpacket loss\b|\bremote(?:ly)? (?:access|view)\b|\bonvif\b|\bethernet\b|\bwi-?fi\b|掉线|离线|断网|网络|上不了线|连不上|ping|\bip\b|丢包|外网|断线|网口|网线|在线/u,
  power:
    /\bpower(?:s|ed)?\b|\breboot(?:s|ing|ed)?\b|\brestart(?:s|ing|ed)?\b|\bwon'?t (?:(?:turn|switch) on|power|start|boot)\b|\bturn on\b|\bboot(?:s|ing)?\b|\bleds?\b|\blights?\b|\bpsu\b|\badapter\b|\bvoltage\b|\bshuts? (?:itself )?(?:off|down)\b|\bdead\b|通电|上电|断电|掉电|重启|指示灯|不亮|亮灯|开不了机|不开机|开机|电源|适配器|烧了|没反应/u,
  ptz:
    /\bptz\b|\bpan(?:s|ning)?\b|\btilt\b|\bzoom(?:s|ing)?\b|\b(?:auto)?focus\b|\bpresets?\b|\bpatrol\b(?!\s+(?:roster|team|officers?|guards?|cars?|staff|schedule|route|duty|shift))|\btour\b|\brotat(?:e|es|ing|ion)\b|\bmotor\b|\bjoystick\b|\b(?:won'?t|doesn'?t|does not|will not|can'?t) (?:turn|move)\b(?! on\b)|\bstuck (?:looking|pointing|facing)\b|\bwiper\b|\bauto-?track(?:ing)?\b|\bself[- ]?(?:check|test)\b|云台|变倍|聚焦|变焦|预置位|巡航|转动|不转|乱转|球机|雨刷|拉近|拉远|自检/u,
  recording:
    /\brecord(?:s|ing|ings|ed)?\b|\bplayback\b|\bhdd\b|\bdisks?\b|\bhard drives?\b|\bsd card\b|\bfootage\b|\bstorage\b|\braid\b|录像(?!机)|录不上|回放|硬盘|存储|sd卡|录制/u,
  login:
    /\blog ?in\b|\bsign ?in\b|\bpassword\b|\baccount\b|\blocked out\b|\bverification code\b|\btwo[- ]factor\b|\busername\b|登录|登陆|密码|账号|帐号|用户名|验证码|锁定/u,
  audio:
    /\baudio\b|\bsound\b|\bsilent\b|\bmic(?:rophone)?\b|\bspeaker\b|\btalkback\b|\bintercom\b|\bvolume\b|\becho\b|\bhum(?:ming)?\b|\bstatic\b|声音|音频|对讲|麦克风|喇叭|没声|杂音|音量|回声|拾音|听不到/u,
  other:
    /\bfan\b|\balarms?\b|\blicen[cs]e\b|\bfirmware upgrade\b|\bsmell(?:s)?\b|\bclock\b|\busb\b|\bremote control\b|\bcasing\b|\bhousing\b|\bcrash(?:es)?\b|\bmotion detection\b|风扇|报警|授权|升级|时间|异响|发烫|遥控器|外壳|崩溃|卡顿/u,
};

/**
 * `weight` features per symptom the text hints at (`!cue1:no_video`, `!cue2:no_video`, …): the
 * classifiers weigh features equally, and one hint among a sentence's dozens of words and grams
 * would be outvoted. The `!` keeps them apart from words.
 */
export function symptomCueFeatures(text: string, weight: number): string[] {
  const normalized = normalizeText(text);
  return Object.entries(SYMPTOM_CUES)
    .filter(([, cue]) => cue.test(normalized))
    .flatMap(([symptom]) => Array.from({ length: weight }, (_, copy) => `!cue${copy + 1}:${symptom}`));
}

/** Whether the text names a hint of this symptom: a fault put right names what it now is ("actually it's the IR"). */
export function hintsAtSymptom(text: string, symptom: Symptom): boolean {
  return SYMPTOM_CUES[symptom].test(normalizeText(text));
}

/**
 * A product of ours said to be broken without saying how ("编码器坏了 怎么弄", "my camera is broken, what do I do"): a fault
 * report whose symptom is still to ask.
 */
const PRODUCT_WORDS = /\b(?:cameras?|cams?|nvrs?|dvrs?|recorders?|encoders?|domes?|ptz|servers?|vms|licen[cs]es?|devices?)\b|摄像|录像机|编码器|球机|枪机|服务器|授权|设备|监控/iu;
/** A repair asked for: "请给我开免费维修单", "open an RMA for this NVR", "这台要报修". */
const ASKS_FOR_REPAIR = /报修|返修|开(?:个|一个|张)?(?:免费的?)?(?:维修单|报修单|售后单)|\b(?:open|raise|create|log|issue) an? (?:rma|repair case|repair ticket)\b/iu;

export function asksForRepair(text: string): boolean {
  return ASKS_FOR_REPAIR.test(normalizeText(text));
}

const BROKEN_IN_GENERAL = /坏了|坏掉|出(?:了)?(?:问题|毛病|故障)|有(?:问题|毛病|故障)|故障了|不好使了|用不了了|\bbroken\b|\bfaulty\b|\bdefective\b|\b(?:report(?:ing)?|log(?:ging)?|raise|raising) an? (?:hardware |technical )?(?:fault|failure|defect)\b|\b(?:not|stopped|isn'?t|doesn'?t|won'?t) work(?:ing)?\b|\bdied\b|\bis dead\b|\b(?:will not|won'?t|doesn'?t|does not|can'?t|cannot|fails? to|failed to) activate\b|\bactivation (?:fails?|failed|error)\b|激活不了|无法激活|激活失败/iu;

/**
 * "Nothing is broken right now", "everything works", "just asking, nothing happened", "目前一切正常": the customer reports no
 * fault, whatever else they ask.
 */
const NOTHING_BROKEN =
  /\bnothing(?:'s| is)? (?:broken|wrong)\b|\b(?:just|only) (?:asking|curious|wondering)\b[,;.!\s-]*nothing (?:has )?happened\b|\beverything (?:works|is working|is fine|is ok(?:ay)?)\b(?!\s*(?:except|but|apart))|\bno (?:fault|problem)s? (?:right now|at the moment|yet)\b|(?<![他它的源压线口路])一切(?:都)?正常(?![吗？?])|(?:^|[，,。\s])(?:现在|目前)(?:都|一切)?正常(?![吗？?])|(?:目前|现在)还?没(?:有)?坏(?![吗？?])|^[\s\p{P}]*没坏(?![吗？?])/iu;

export function saysNothingIsBroken(text: string): boolean {
  return NOTHING_BROKEN.test(normalizeText(text));
}

/**
 * The symptom the text hints at, if it hints at one, or at no video among others: "现在开机没图像" powers on and shows
 * nothing, and what the customer sees is the fault.
 */
export function onlySymptomHinted(text: string): Symptom | undefined {
  const normalized = normalizeText(text);
  const hinted = (Object.keys(SYMPTOM_CUES) as Symptom[]).filter((symptom) => SYMPTOM_CUES[symptom].test(normalized));
  if (hinted.length === 1) return hinted[0];
  return hinted.includes('no_video') ? 'no_video' : undefined;
}

/** Whether the text names a hint of any symptom ("NO SIGNAL on channels 2, 3 and 4"). */
export function hintsAnySymptom(text: string): boolean {
  const normalized = normalizeText(text);
  return Object.values(SYMPTOM_CUES).some((cue) => cue.test(normalized));
}

/** A product of ours named with a fault's own words ("手机上看不到家里的摄像头了 显示离线"). */
export function namesProductFault(text: string, symptom: Symptom): boolean {
  const normalized = normalizeText(text);
  return SYMPTOM_CUES[symptom].test(normalized) && PRODUCT_WORDS.test(normalized);
}

/** Broken said in general words, of whatever the message names ("died", "坏了"), or a repair asked for. */
function saysSomethingBroken(text: string): boolean {
  const normalized = normalizeText(text);
  return BROKEN_IN_GENERAL.test(normalized) || ASKS_FOR_REPAIR.test(normalized);
}

export function saysProductBroken(text: string): boolean {
  return saysSomethingBroken(text) && PRODUCT_WORDS.test(normalizeText(text));
}
