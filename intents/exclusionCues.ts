// Everyday words customers use for each policy clause, beyond the policy's own cue list.
import type { ClauseId, Language } from '../src/domain/vocabulary';
import { findPlace } from '../src/registry/regions';

/**
 * Clauses said in many word orders ("the warranty lapsed", "保修肯定过了", "it was never dropped").
 * The match's last word counts as the cue, so a negation inside the match still denies it.
 */
export const DOMAIN_PATTERNS: Partial<Record<ClauseId, Partial<Record<Language, RegExp>>>> = {
  expired: {
    en: /\b(?:warranty|guarantee)(?:'s)?\b[^,.;!?]*?\b(?:over|lapsed|gone|expired|ended|ran out|finish(?:ed)?|run out)\b|\bout(?:side)? (?:of )?(?:its |the |our )?(?:warranty|guarantee)\b/iu,
    zh: /(?:保修|质保|保固)[^，。；！？\s]{0,6}(?:过了|过期|到期|没了|结束|已过)|(?:超过|过了|超出)[^，。；！？\s]{0,2}(?:保修|质保)/u,
  },
  abnormal_cause: {
    // "the earthquake threw the NVR off the shelf", "a truck clipped the pole": how it fell or was hit, said as a story;
    // "that's how the droplets got in": what entered it.
    en: /\bforklifts?\b[^.!?]{0,30}?\b(?:hit|hits|clipped|clips|knocked|rammed|bumped|reversed into|backed into|ran into|crushed|struck|smashed|took out)\b|\b(?:hit|clipped|knocked|rammed|bumped|struck|smashed|reversed|backed)\b[^.!?]{0,25}?\bforklifts?\b|\bby (?:a|the|our|one of the) forklifts?\b|\b(?:earthing|grounding)\b[^.!?,]{0,30}?\b(?:is|was|are|were)\s+(?:very\s+|really\s+)?(?:poor|bad|faulty|inadequate|missing|dodgy)\b|\b(?:water|moisture|droplets?|rain(?:water)?|condensation|dust|sand|insects?|bugs?|ants|spiders?|mud)\b(?:\s+[\w'-]+){0,3}?\s+(?:got|gets|getting|came|comes|coming|leaked|leaks|seeped|seeps|went|goes|crept|crawled)\s+in(?:side|to)?\b|\b(?:was|were|been|got|get|is|are)(?:n['’]t)?\s+(?:\w+\s+)?(?:dropped|knocked over|smashed)\b|\b(?:threw|thrown|tossed|ripped|tore|torn|swept|flung|shook)\b(?!\s+(?:the\s+|a\s+|an\s+|our\s+|my\s+|its\s+|his\s+|her\s+)?(?:box|boxes|packaging|carton|receipt|invoice|manual|paperwork|papers|bag|wrapping)\b)(?:\s+[\w'-]+){0,4}?\s+(?:off|down|away)\b|\bclipped\s+(?:by\b|it\b|the\s+(?:[\w-]+\s+)?(?:pole|camera|cam|dome|housing|mast|bracket|cabinet|box|unit|nvr|recorder))|\b(?:earthing|grounding)\b[^,.;!?]{0,20}\b(?:bad|poor|missing|faulty|broken)\b|\b(?:bad|poor|no|missing|faulty)\s+(?:earthing|grounding)\b|\b(?:water|rain(?:water)?|seawater|floodwater|moisture|mud)\b(?:\s+[\w'-]+){0,3}?\s+(?:entered|penetrated)\b|\bunder (?:\w+ ){0,3}(?:feet|foot|ft|metres?|meters?|inches) of water\b|\b(?:sat|sitting|sits|stood|standing|lay|lying|was|were) in (?:the )?(?:flood ?)?water\b|\b(?:was|were) under too\b|\bwith (?:the |our |a |its )?(?:camera|cam|dome|ptz|nvr)s? (?:still )?(?:on|attached)\b|\b(?:camera|cam|dome|ptz|nvr)s? and all\b|\bfound (?:it|them|the (?:camera|cam|dome|ptz|nvr|unit)s?) (?:(?:in|on|under|at) (?:a |the )?(?:ditch|field|floor|ground|mud|road|street|rubble|debris|river|pond|water|drain|car park|parking lot|bottom|next door|neighbou?r'?s)|\w+ (?:lots?|fields?|streets?|blocks?|doors?|metres|meters) (?:over|away))\b|\btook (?:the |our )?(?:camera|cam|dome|ptz)(?: \w+)? (?:down|off|out|with it)\b|\bshot (?:at )?(?:the |our |my )?(?:camera|cam|dome|ptz|nvr)s?\b/iu,
    // "矿上电不稳 跳了好几次闸": the site's power; "监控供电不稳定" is how the fault shows.
    // A forklift that struck it; "看不清叉车" is a picture too poor to show one.
    zh: /叉车[^，。；！？\s]{0,6}(?:撞|碰|刮|蹭|顶|压|挂|铲)|(?:被|让|给)叉车|掉(?:下来|下去|到地上|地上|在)了?|甩(?:下来|飞)|震(?:下来|掉|倒|落|歪)|(?:摔|砸)在|电不稳(?!定)|烧糊(?!了?(?:一样|似的))|(?:摄像头|外壳|机器|罩子|设备|球机|枪机)[^，。；！？\s]{0,3}烤化/u,
  },
  // A blast that struck, not a "blast freezer", which is where the product is used.
  force_majeure: { en: /\bblast\b(?!\s+(?:freezer|chiller|cooler|cabinet)s?\b)/iu },
  // "customer install the indoor type camera outside at the car porch".
  improper_use: {
    en: /\b(?:install\w*|put|puts|mount\w*|placed|fitted|hung)\b[^.!?,;]{0,25}?\bindoor(?:[- ]only)?\s+(?:type|model|version|kind|dome|camera|cam|unit|bullet)s?\b[^.!?,;]{0,30}?\b(?:outside|outdoors)\b|\bindoor(?:[- ]only)?\s+(?:type|model|version|kind|dome|camera|cam|unit|bullet)s?\b[^.!?,;]{0,30}?\b(?:installed|put|mounted|placed|fitted|hung)\b[^.!?,;]{0,20}?\b(?:outside|outdoors)\b/iu,
  },
  // "I removed the rear cover and re-seated the ribbon cable": the housing opened, unless only to fit the drives as the manual says.
  unauthorized_repair: {
    zh: /(?:机箱|外壳|壳子|后盖|盖子)(?:给)?(?:打开|拆开|撬开)/u,
    en: /\b(?:is|was|are|were)(?:n't| not) on your (?:authori[sz]ed|approved|certified|official|partner) list\b|\bnot one of your (?:agents|partners|dealers|installers|service agents)\b|\bhad (?:it|them|the (?:camera|unit|nvr|dome|housing|case|box|recorder)) open\b|\b(?:un|non-?)(?:certified|authori[sz]ed)\s+(?:fitter|installer|electrician|technician|contractor|integrator|guy|tech|engineer|person|people|man|company|firm|team|crew|outfit)s?\b|\bnot one of your (?:certified|authori[sz]ed) (?:installers?|technicians?|engineers?|fitters?)\b|\b(?:installer|electrician|technician|fitter|contractor|cousin|guy)\b[^.!?]{0,25}?\b(?:is |was )?(?:not|no) certif\w*|\b(?:repaired|fixed|serviced|opened)\s+(?:\w+\s+){0,2}?by (?:a |an |some )(?:local |third[- ]party )?(?:technician|tech|shop|guy|electrician|fitter|contractor|repairman)\b|\b(?:removed|took off|unscrewed|popped off|prised off|pried off)\s+(?:the\s+|its\s+)?(?:rear\s+|back\s+|front\s+|top\s+|bottom\s+)?(?:cover|housing|lid|casing|shell)\b(?![^,.;!?]{0,30}\bto (?:fit|install|add|put in|insert|swap|replace|change) (?:the |a |new |two |our |some )*(?:hard )?(?:drives?|disks?|hdds?)\b)/iu,
  },
  // "Our distributor is not NetPosa partner", "an online wholesaler that isn't one of your partners".
  unofficial_channel: {
    en: /\b(?:distributor|dealer|reseller|seller|supplier|vendor|shop|store|wholesaler)s?\b[^.!?]{0,30}?\b(?:is|was|are|were)(?:n't| not)\b[^.!?]{0,25}?\b(?:partners?|authori[sz]ed|official|certified)\b|\b(?:from|off|through|via)\s+(?:an?\s+|the\s+|some\s+|one\s+)?(?:un|non)-?(?:authori[sz]ed|official|oficial|certified)\s+(?:dealer|seller|supplier|shop|store|reseller|distributor|vendor|broker)s?\b|\b(?:dealer|seller|supplier|shop|store|reseller|vendor|broker)s?\b(?:\s+[\w'-]+){0,4}?,?\s+not (?:your |an? |the )?(?:authori[sz]ed |official |oficial )?(?:distributor|dealer|partner|reseller|official|oficial|authori[sz]ed)\b/iu,
  },
  // "put new firmware from one internet forum": where it came from says it is not NetPosa's, whatever the sentence says of the official one.
  unofficial_software: {
    zh: /不是(?:你们|官方|原厂)家?的[^，。；！？]{0,8}(?:软件|固件|程序|app|APP|客户端|驱动)/u,
    en: /\b(?:firmware|software|rom|image|build|plugin)s?\b[^,.;!?]{0,15}?\b(?:from|off)\s+(?!(?:your|netposa|the official|official)\b)(?:[\w'-]+\s+){0,2}?(?:forum|forums|github|telegram|friend|friend's)\b/iu,
  },
};

/**
 * Firmware "burnt" onto a board (烧固件, 烧录) is flashed, not burnt; a "拆机件" is a salvaged part someone sold, not an opening.
 * A part found burnt inside ("he thought he saw a burnt capacitor", "电容烧了") is how the fault shows, not what caused it.
 * What a seller told or promised ("seller tell us 5 year warranty") is a claim about the warranty, not where it was bought.
 * A password somebody changed ("The IT guy who changed it has left", "密码被前任网管改了") is a setting, not a repair. A request
 * for the service said with a cause's word ("Pls open repair", "open an RMA", "we can drop it off"), a knock on a door, and faults said with one: a
 * camera that "dropped off the network", "fell offline" or "drops frames", a frame rate that "fell to 5 fps", 掉线, 掉帧,
 * a label that "fell off", a disk that "fell out of the RAID", a recording that "crashed"; a software licence (授权) that will not activate or is bound to another machine; and a
 * product shipped over from China to a site abroad ("25年初从国内发过来的"). Cue words inside them are not searched for:
 * nothing was opened or fell, and nobody bought outside the authorised channels.
 */
export const FAULT_PHRASES: Record<Language, RegExp> = {
  en: /\bburn(?:s|ing|ed|t)? (?:through|out the (?:faces?|image|picture|highlights|plates?))\b|\bfell out of (?:its |the )?(?:preset|tour|patrol|sync|schedule|position)s?\b|\b(?:burnt|burned|blown|fried)(?:[- ]out)?\s+(?:capacitors?|caps?|resistors?|fuses?|chips?|components?|diodes?|transistors?|mosfets?|regulators?)\b|\b(?:seller|dealer|shop|supplier|reseller|vendor|distributor|installer|integrator)s?\s+(?:(?:has|had|have|also|already)\s+)?(?:tell|tells|told|said|says|say|promised?|promises|gave|give|offered|offers?|quoted|guaranteed?)\b(?=[^.!?]{0,30}\b(?:warranty|guarantee|years?)\b)|\b(?:changed|reset|set|changes|resets)\s+(?:the\s+|our\s+|its\s+|my\s+|his\s+|admin\s+)*(?:password|passcode|pin|login|credentials?)\b|\b(?:changed|changes)(?<=\b(?:password|passcode|pin|login|credentials?)\b[^]{0,120}?(?:changed|changes))\s+(?:it|them)\b|\b(?:changed|changes)\s+(?:it|them)\b(?=[^]{0,80}?\b(?:password|passcode|login|credentials?)\b)|\bopen(?:ed|ing)?\s+(?:a\s+|an\s+|the\s+|my\s+)?(?:new\s+)?(?:repair|rma|ticket|(?:repair|service|support|warranty)\s+(?:case|ticket|order|request|job))\b|\bdrop(?:s|ped|ping)?\s+(?:it|them|this|that|the\s+(?:camera|unit|nvr|recorder|device|box|parcel|package))\s+off\b(?!\s+(?:the|a|an|its|our|my|from|of)\b)|\bknock(?:ed|ing|s)?\s+(?:on|at)\s+(?:the\s+|her\s+|his\s+|my\s+|our\s+|their\s+|a\s+)?(?:front\s+|back\s+)?(?:door|window|gate)s?\b|\b(?:alarm|alert|event|notification|message|request|motion)s?\s+flood\b|\b(?:storm|flood|avalanche|deluge|barrage|torrent)\s+of\s+(?:\w+\s+)?(?:alarms?|alerts?|notifications?|events?|messages?|e-?mails?|requests?|errors?|calls?)\b|\bfloods?\s+(?:my|our|the)\s+(?:phone|inbox|app|screen|log)\b|\bflooded\s+with\s+(?:\w+\s+)?(?:light|glare|alarms?|alerts?|events?|notifications?|requests?|traffic|messages?)\b|\b(?:app|client|software|program|viewer|service|browser|ui|page|login|attempts?|server|nvr|recorder|system|vms|platform|database|storage)\s+(?:\w+\s+)?(?:fell|falls?|falling)\s+(?:over|flat)\b|\b(?:fell|falls)\s+over\s+(?:\d+|two|three|several|many)\s+times\b|\b(?:picture|image|video|view|highlights?|sky)\s+(?:is\s+|was\s+|are\s+|were\s+|gets?\s+)?(?:completely\s+|totally\s+)?burnt?\s+out\b|\b(?:over-?temperature|high[- ]temperature|temperature|temp|overheat(?:ing)?)\s+(?:alarms?|alerts?|warnings?|errors?|events?|notifications?)\b|\b(?:knocked|dropped|bumped)\s+(?:back\s+|down\s+)?to\s+(?:\d+p?\b|\d+\s*fps\b|sd\b|low)|\b(?:like|as if|as though)(?<=\b(?:picture|image|video|screen|view|white|washed[- ]out|overexposed)\b[^.!?]{0,40}?(?:like|as if|as though))\s+(?:it(?:'s|\s+is|\s+was|\s+has\s+been)?\s+)?(?:burnt|burned|scorched|fried|bleached)\b|\b(?:fell|falls?|falling|drop(?:ped|ping|s)?)\s+(?:off\s+(?:of\s+)?(?:the\s+|our\s+|its\s+|my\s+)?(?:network|wifi|wi-fi|lan|vpn|grid|nvr|recorder|platform|system|server|internet|map|radar|vms|cloud|app)\b|off[\s-]?line\b|to\s+(?:\d|zero|nothing|black|one|two|a few)|below\b|behind\b|asleep\b|back\s+to\b|frames?\b|packets?\b|calls?\b|connections?\b|the\s+(?:connection|signal|stream|link|feed|recording)\b)|\b(?:frames?|packets?|connection|signal|stream|link|video|feed|frame\s+rate|fps|bitrate|speed|wi-?fi|network|ping|audio|sound|picture|image|quality|resolution|recording)\s+(?:(?:keeps?|kept|has|had|often|always|sometimes|randomly|constantly|then|just)\s+)?(?:drop(?:ped|ping|s)?|fell|falls?|falling)\b|\bdrop(?:ped|ping|s)?\s+out\b(?!\s+of)|\b(?:recording|stream|software|app|client|system|vms|service|program|firmware|ui|page|database|platform|process|playback|video|feed|server|nvr|recorder)s?\s+(?:(?:has|had|keeps?|kept|just|then|also)\s+)?(?:crash(?:ed|es|ing)?)\b(?!\s+(?:to|into|onto|down|on|through)\b)|\b(?:fell|falls?|falling|fallen|drop(?:ped|ping|s)?|kicked|thrown)\s+out\s+of\s+(?:the\s+)?(?:raid|array|pool|volume|disk\s+group|sync)\b|\b(?:serial\s+)?(?:label|sticker|nameplate|tag|lens\s+cap|film)\s+(?:is\s+|has\s+|had\s+|was\s+)?(?:fell|fallen|falls?|falling|came|come|dropped)\s+off\b|\b(?:library|building|office|shop|store|premises|site|school|hotel|restaurant|hall|house|warehouse|factory|lobby|floor|room)s?\s+(?:was|were|is|got|had been|has been|being|been)\s+(?:refurbished|renovated|refitted)\b|\b(?:refurbish(?:ment|ed)?|renovation|refit)\s+of\s+(?:the|our|my)\s+(?:library|building|office|shop|store|premises|site|school|hotel|restaurant|hall|house|warehouse|factory|floor)\b/giu,
  zh: /烧(?=了?(?:个|一个)?[^，。；！？]{0,6}(?:固件|程序|镜像))|烧录|拆机(?:件|货)|(?:电容|电阻|保险丝|保险管|芯片)(?:被)?烧(?:了|坏了?)?|烧了(?:个|一个|颗)?(?:电容|电阻|保险丝|保险管|芯片)|焊工|电焊|(?:密码|口令)[^，。；！？]{0,10}?改(?:了|过|掉|的)?|(?:从|跟)?国内(?:一批|一起)?(?:发|寄|运)(?:过来|过去|到)|在国内(?:买|购买|采购|订)的?|\d+\s*路的?授权|永久授权|授权号|(?:跟|像|和)[^，。；！？\s]{0,4}(?:刮台风|台风|打雷|地震|洪水)(?:一样|似的)|(?:通道|在线数|画面|镜头|码流)[^，。；！？\s]{0,8}?掉下去|(?:标签|贴纸|铭牌|镜头盖|保护膜)(?:都|已经|早就?)?(?:掉|脱落)|(?:人脸|算法|软件|通道|功能|平台|系统|许可)?授权(?:文件|码|许可)?(?:已经?|被)?(?:绑定|激活|导入|迁移|解绑|到期|过期|失效|丢失|不可用|用不了)(?!工具|软件|程序)|(?:激活|导入|迁移|解绑|绑定)(?:不了)?(?:人脸|算法|软件)?授权|掉(?:线|帧|包|速|盘|网|码|格|了线)|跌落(?:报警|告警|检测|侦测)|(?:高温|过温|超温|温度|过热)(?:报警|告警|预警)|(?:自己)?(?:拆|卸)了?下来(?![^，。；！？\s]{0,4}(?:拆开|打开|看里面))|(?:帧率|码率|网速|信号|分辨率|画质)[^，。；！？\s]{0,3}?(?:掉|下降|跌)/gu,
};

/**
 * Matched like the policy's cues: English on word stems, Chinese as written. A word that also
 * describes an ordinary fault ("drops", "crack the password", "open the app") only appears inside
 * a phrase that can mean nothing else. One word may serve two clauses, as heat is both a use
 * outside the rated conditions and an abnormal cause; a disaster's name alone is force majeure
 * only, the way `corpus/LABELLING.md` labels it.
 */
export const DOMAIN_CUES: Record<ClauseId, Record<Language, readonly string[]>> = {
  expired: {
    en: [
      'warranty ended', 'warranty is long gone', 'warranty is gone', 'no longer under warranty',
      'expired warranty', 'warranty has ended', 'past warranty', 'past its warranty', 'beyond its warranty',
      'beyond warranty', 'no longer covered', 'not under warranty', 'not in warranty',
      'warranty period has elapsed', 'warranty has elapsed',
    ],
    zh: [
      '保修早过了', '保修过了', '早就不在保修期', '已经不在保修期', '保修到期了', '保修已经到期', '超保', '早过保', '不在保', '过保', '出保',
      '保修期满', '质保期满', 'expired',
    ],
  },
  improper_use: {
    en: [
      'exposed to the weather', 'rated limit', 'past the rating', 'above its operating temperature',
      'operating temperature', 'unventilated', 'indoor-only model', 'as a handheld', 'dusty',
      'without an enclosure', 'no enclosure', 'grease', 'steam', 'sprayed', 'pressure washer',
      'hotter than the spec', 'above its rating', 'beyond the spec', 'not in the spec', "isn't in the spec",
      'outside the spec', 'not what it is rated for', 'not what its rated for', 'no cooling', 'without cooling',
      'max speed', 'manual says not', 'upside down', 'overloaded', 'sauna', 'boiler room',
      'in a humid', 'stored in a wet', 'past the storage', 'above the storage temp', 'beyond the storage temp',
      'no maintenance', 'any maintenance', 'never maintained', 'never cleaned', 'no airflow',
    ],
    zh: [
      '露天', '非标', '超过支持', '最大支持', '没装散热', '水汽', '堆在', '受潮', '潮湿', '防潮', '返潮', '没做防水', '没有散热',
      '不通风', '没通风', '油烟', '超负荷', '超过额定', '超出额定', '超过最大', '不是监控专用', '台式机硬盘', '对着太阳', '桑拿', '锅炉房', '温度太高', '没空调',
      '过载', '没做防护',
      '没保养', '没维护', '没人擦', '没人管', '没按说明书', '温差', '氨气', '普通款', '空调坏了',
    ],
  },
  unofficial_software: {
    en: [
      'reprogrammed', 'own code', 'beta image', 'unlock tool', 'tweaked build', 'tweaked firmware', 'tweaked version', 'github', 'community-built', 'custom build', 'hacking forum',
      'third party control software', 'hacked', 'third party plugin', 'third-party plugin', 'third party software',
      'third-party software', 'patched the software', 'cracking tool', 'cracked version', 'licence is cracked',
      'license is cracked', 'own firmware', 'custom rom', 'jailbreak', 'rooted', 'modded firmware', 'reflashed',
      'homebrew', 'community firmware', 'open-source firmware', 'open source firmware', 'community project', 'openipc', 'password reset tool', 'keygen',
      'hobby project', 'written in-house', 'wrote himself', 'wrote herself', 'wrote ourselves', 'fake app', 'apk', 'not netposa software',
    ],
    zh: [
      '小工具', '改版固件', '增强版', '山寨', '自己写了个程序', '自己写的', '破密码', '激活工具', '改版', '破解', '盗版', '改的固件', '别人改的', '论坛上', '脚本改',
      '网上下载的', '第三方插件', '刷过机', '刷机', '第三方软件', '自己编译',
      '论坛固件', '注册机', '内部固件', '自研的', '脚本', '没公开的接口', '未公开的接口', '程序改了', '系统整个替换', '把固件换成',
    ],
  },
  abnormal_cause: {
    en: [
      'spike', 'gust', 'blew it off', 'clogged', 'dust and dirt', 'hit by lightning', 'struck by lightning',
      'rammed', 'power spike', 'surge', 'corrosion', 'moisture inside', 'condensation', 'overheated',
      'overheating', 'got really hot', 'spilled', 'rust', 'ants', 'rats', 'rodents', 'chewed',
      'bugs inside', 'explosion', 'caught fire', 'burned', 'water damage',
      'hotter than the spec', 'above its rating', 'fell off', 'hit by', 'bumped',
      'came crashing down', 'crashed to the ground', 'crashed to the floor', 'crashed onto', 'drowned', 'waterlogged', 'got cooked', 'cooked by', 'was cooked',
      'got fried', 'fried by', 'fried it', 'is cooked',
      'slipped out of', 'squashed', 'nest', 'lint', 'full of mud', 'submerged', 'run over', 'ran over', 'soot', 'ash',
      'full of water', 'water in them', 'water in it', 'water inside', 'fogged up inside', 'fogged inside', 'shorted out', 'cooking itself',
      'cooked itself', 'overheats', 'shattered', 'foggy inside', 'fogged up on the inside', 'frosted from the inside',
      'earthing is poor', 'earthing was poor', 'poor earthing', 'bad earthing', 'faulty earthing', 'no earthing', 'poor grounding',
      'bad grounding', 'grounding is poor',
    ],
    zh: [
      '雷雨', '雷把', '被雷', '蹭了', '顶变形', '进了水', '进水了', '水珠', '晒了', '发霉', '泡了', '泡过', '泡水', '浸水',
      '漏水', '返潮', '锈', '结冰', '冻住', '碰了', '撞', '掉下去', '打雷', '雷打', '老鼠', '咬', '蚂蚁', '虫子', '炸', '烧了', '冒烟',
      '着火', '火灾', '暴晒', '温度太高', '过热', '沙子', '进沙', '停电', '电网不稳', '沙尘', '海浪',
      '灌进', '滑下来', '飞虫', '麻手', '压塌', '接反', '跳闸', '晾干', '淹到', '被埋', '埋了', '埋底下', '砸了', '淹没', '冲走', '冲出去', '掉海里', '掉河里', '掉水里', '水声',
      '接地不良', '接地不好', '没接地', '接地有问题',
    ],
  },
  force_majeure: {
    en: [
      'cyclone', 'gale', 'monsoon', 'mudslide', 'avalanche', 'air strike', 'missile', 'volcanic', 'volcano',
      'eruption', 'hail', 'blizzard', 'snowstorm', 'sandstorm', 'bombing', 'shelling', 'conflict zone', 'storm',
      'riot', 'rioters', 'quake', 'bushfire', 'fighting', 'bombed', 'shelled',
    ],
    zh: [
      '龙卷风', '飓风', '冰灾', '洪涝', '山洪', '冰雹', '暴雪', '雪灾', '沙尘暴', '发大水', '大水', '打仗', '打起仗', '战区', '炮弹', '轰炸', '暴雨', '火山',
      '雪崩',
      '骚乱', '暴乱', '山体滑坡', '滑坡', '塌方', '泥石流',
    ],
  },
  unauthorized_repair: {
    en: [
      'took the camera apart', 'freelancer', 'electrician from outside', 'fixing it themselves',
      'fixed it themselves', 'rewired', 'unauthorised installer', 'unauthorized installer',
      'repair shop', 'local shop', 'had opened it', 'opened the camera', 'opened the nvr',
      'non authorised installer', 'non authorized installer', 'unauthorised repair', 'unauthorized repair',
      'serviced by', 'inside ourselves', 'soldered',
      'drilled', 'screwdriver', 'had a go at', 'opened up the', 'third-party contractor', 'third party contractor',
    ],
    zh: [
      '修手机的师傅', '不是你们认证的', '外面的技术', '拆了机器', '拆了', '维修店', '路边店', '找人修', '找人拆', '找人换', '找别人', '第三方维修', '非授权的维修',
      '自己换', '自己拆', '拆开', '焊', '电烙铁', '自己改', '自己修',
      '撬开', '打了个孔', '打孔', '螺丝刀', '拧开', '游击队', '改装', '野路子', '没有你们的上岗证', '没有上岗证', '没啥证',
    ],
  },
  unofficial_channel: {
    en: [
      'used equipment dealer', 'non-authorised supplier', 'non-authorized supplier', 'classifieds', 'auction site',
      'refurbished', 'unofficial online store', 'bought used', 'taobao',
      'previous owner', 'bought it used', 'bought the camera used', 'ebay', 'alibaba', 'marketplace',
      'non authorised channel', 'non authorized channel', 'not one of your partners', 'grey market',
      'clearing stock', 'random website', 'key website', 'unofficial reseller',
      'bankruptcy sale', 'liquidation', 'clearance sale', 'clearance auction', 'auction', 'secondhand', 'inherited', 'hand-me-down',
    ],
    zh: [
      '转卖', '转让', '中间商', '群里买的', '激活码', '二手货', '不是原厂渠道', '不是从你们代理', '不明渠道', '便宜授权', '贩子', '回收站', '淘来的', '破解版的授权',
      '盗版授权', '网上买的授权', '来路不明',
      '废品站', '淘汰下来', '收了一批旧', '低价处理', '处理给我们', '收来的', '三无店', '收旧货', '不是你们代理', '不是你们的代理',
    ],
  },
};

/**
 * How a product is come by: bought, sold, ordered, handed on, imported. A channel is a way of getting the product, so a
 * message without any of these ("高勇 国内的号 15327759810 微信也是这个 老挝万象 项目工地上") names none, whatever a learned
 * head hears in it.
 */
const ACQUISITION: Record<Language, RegExp> = {
  en: /buy|bought|purchas|acquir|\bgot\b|\bget\b|order|sell|sold|shop|store|market|dealer|vendor|supplier|second|\bused\b|refurb|auction|surplus|ebay|taobao|xianyu|alibaba|online|website|licen[cs]e|\bkeys?\b|crack|gr[ae]y|import|owner|inherit|gift|friend|stock|liquidat|bankrupt|resell|distribut|channel|partner|authori[sz]|trade|swap|deal|picked up|came with|\blot\b|batch|bundle|salvage|scrap|clearance|pre-owned|hand|took over|tenant|given|privately|demo|aliexpress/iu,
  zh: /买|购|淘|卖|商|店|网|市场|二手|闲鱼|咸鱼|拼多多|京东|转|收|送|拿|货|渠道|代理|授权|激活|破解|朋友|别人|旧|拆机|库存|水货|走私|回收|处理|群|换来|抵|顶账|清仓|拍|倒|捡|贩|来路|正规|官方|序列号|注册|进口|接过来|接手|带回|手里/u,
};

/** Whether the message says how the product was come by, in either language (customers mix them: "bought it from 咸鱼"). */
export function namesAcquisition(text: string): boolean {
  return ACQUISITION.en.test(text) || ACQUISITION.zh.test(text);
}

/**
 * A seller named by its trade alone ("we bought it through a reseller in Beijing", "找经销商买的"), which is how most authorised
 * sales are made: no channel outside them unless something else says so.
 */
const TRADE_ONLY: Record<Language, RegExp> = {
  en: /^(?:[^]*?\b(?:through|from|via|by) (?:a|an|our|the|one|some) (?:local )?(?:reseller|dealer|distributor|integrator|supplier|installer)\b)[^]*$/iu,
  zh: /^[^]*(?:找|从|通过|在)(?:当地|本地)?的?(?:经销商|代理商|集成商|供应商)[^]*$/u,
};
const SAYS_OUTSIDE: Record<Language, RegExp> = {
  en: /second|used|refurb|gr[ae]y|market|ebay|taobao|xianyu|aliexpress|auction|cheap|privately|demo|given|unofficial|not (?:an? |one of )?(?:your )?(?:authori|official|partner|certified)|non-|classified|online|website|telegram|wechat|friend|owner|liquidat|bankrupt|surplus|import|\bkeys?\b|crack|without|no invoice|isn'?t|wasn'?t|aren'?t/iu,
  zh: /二手|闲鱼|咸鱼|淘宝|拼多多|网上|便宜|非|不是|没有|水货|走私|回收|拆机|转|收来|朋友|群|低价|清仓|来路|破解|激活/u,
};

export function namesOnlyATrade(text: string, lang: Language): boolean {
  return TRADE_ONLY[lang].test(text) && !SAYS_OUTSIDE[lang].test(text);
}

/** The words of a purchase date and nothing else: "bought 2018", "NPC18A… bought in March 2019", "2019年买的". */
const WHEN_BOUGHT: Record<Language, RegExp> = {
  en: /\b(?:i think|i guess|i believe|bought|buy|purchased?|got|installed|put|fitted|mounted|set|up|for|them|him|her|us|client|customer|it|we|i|in|on|around|about|approx(?:imately)?|early|late|mid|end|start|of|the|last|this|year|years?|ago|months?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter|maybe|probably)\b|[A-Za-z]*\d[A-Za-z0-9-]*|[^\p{L}]+/giu,
  zh: /(?:大概|大约|应该是|好像是|差不多)?(?:去年|前年|今年|\d+|[一二三四五六七八九十两]+)(?:年|月|号|日)?(?:初|底|中|年底|年初|左右|份)?|买的|购买的?|买了|装的|安装的|[A-Za-z0-9-]+|[^\p{L}]+/gu,
};

/** A message that says only when the product was bought: it names no cause, whatever a learned head makes of "bought". */
export function saysOnlyWhenBought(text: string, lang: Language): boolean {
  return /\d/u.test(text) && text.replace(WHEN_BOUGHT[lang], '').trim() === '';
}

/** Words of a company's name that say what kind of company it is, not which. */
const COMPANY_WORDS = new Set(
  'technology tech engineering systems system intelligent smart city network integration security safety vision digital electronics market stall trading company limited group co ltd weak current'.split(' '),
);

/**
 * Whether the text names the seller the sales record gives ("We bought it from Zhongan Tianyuan" for "Beijing Zhongan
 * Tianyuan Technology Co., Ltd."): by a word of its name that is neither a place nor a kind of company.
 */
export function namesSeller(text: string, seller: string): boolean {
  const said = text.toLowerCase();
  return seller
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 4 && !COMPANY_WORDS.has(word) && findPlace(word) === undefined)
    .some((word) => new RegExp(`(?<![a-z])${word}(?![a-z])`, 'u').test(said));
}
