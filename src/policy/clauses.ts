// The seven exclusion clauses of the NetPosa service policy, as data: wording, screening question and cues.
import { CLAUSE_IDS, type ClauseId, type Localized } from '../domain/vocabulary';
import type { PolicyClause } from './types';

type ClauseWording = Omit<PolicyClause, 'plain'>;

/** The plain sentence is the reason phrase said on its own, so the two can never drift apart. */
function withPlainSentence(wording: ClauseWording): PolicyClause {
  const { en, zh } = wording.ruling;
  const plain: Localized = { en: `${en.charAt(0).toUpperCase()}${en.slice(1)}.`, zh: `${zh}。` };
  return { ...wording, plain };
}

// Cues are matched on word stems (English) or as written (Chinese), so a word that also describes an ordinary
// fault — a connection that drops, a flashing LED, a password to crack, unpacking the box — only appears inside
// a longer phrase that can mean nothing else.
const CLAUSE_WORDINGS: readonly ClauseWording[] = [
  {
    id: 'expired',
    text: {
      en: 'The valid warranty period expires.',
      zh: '超过有效保修期的。',
    },
    ruling: {
      en: 'a product whose warranty period has ended is no longer covered by the free warranty',
      zh: '已过保修期的产品不再享受免费保修',
    },
    cues: {
      en: [
        'out of warranty',
        'warranty expired',
        'warranty has expired',
        'warranty ran out',
        'warranty is over',
        'past the warranty',
      ],
      zh: ['过保', '出保', '过了保修期', '保修期已过', '保修已过期', '超过保修期'],
    },
  },
  {
    id: 'improper_use',
    text: {
      en: 'Malfunction or damage is caused by the usage, maintenance and storage that goes beyond the usage requirements of the product.',
      zh: '超出产品使用要求进行使用、维护和保管而导致故障或损坏的。',
    },
    ruling: {
      en: "damage from using, servicing or storing the product outside its stated requirements (for example an indoor model installed outdoors, running it beyond its rated temperature, or keeping it somewhere damp) isn't covered by the free warranty",
      zh: '超出产品使用要求进行使用、维护或存放（例如室内型号装在室外、超出额定温度运行、存放在潮湿环境中）造成的故障或损坏，不在免费保修范围内',
    },
    screening: {
      en: 'Was it used or stored outside its rated conditions, for example an indoor model installed outdoors, run beyond its temperature range, or kept somewhere damp?',
      zh: '设备是否在超出使用要求的条件下使用或存放过（例如室内型号装在了室外、超出额定温度范围运行，或存放在潮湿的地方）？',
    },
    cues: {
      en: [
        'indoor model installed outdoors',
        'indoor camera mounted outside',
        'indoor camera outside',
        'indoor model outdoors',
        'beyond its rated temperature',
        'above the rated temperature',
        'below the rated temperature',
        'outside the operating temperature',
        'stored in a damp',
        'damp warehouse',
        'kept in a humid',
        'no ventilation',
      ],
      zh: ['室内款装在室外', '室内型号装在室外', '室内机装在户外', '室内机装在外面', '超出额定温度', '超过工作温度', '潮湿的仓库', '存放在潮湿', '仓库受潮', '长期暴晒', '不通风'],
    },
  },
  {
    id: 'unofficial_software',
    text: {
      en: 'The product couldn’t be used normally because of the application of the pirated, non-standard, and self-programming software or the software not publicly issued by the third party.',
      zh: '因使用盗版、非标准、自行编程的软件或第三方未公开发布的软件而导致产品无法正常使用的。',
    },
    ruling: {
      en: "problems caused by software or firmware that NetPosa didn't release (pirated, modified, self-written, or unpublished third-party software) aren't covered by the free warranty",
      zh: '因使用非NetPosa官方发布的软件或固件（盗版、修改版、自行编写或第三方未公开发布的软件）引起的问题，不在免费保修范围内',
    },
    screening: {
      en: "Has it run any software or firmware that NetPosa didn't release, for example third-party, modified or self-written firmware?",
      zh: '设备是否刷过或运行过非NetPosa官方发布的软件或固件（例如第三方固件、破解版或自行编写的程序）？',
    },
    cues: {
      en: [
        'third-party firmware',
        'third party firmware',
        'custom firmware',
        'modified firmware',
        'unofficial firmware',
        'hacked firmware',
        'flashed the firmware',
        'flashed it with',
        'cracked software',
        'pirated',
        'jailbroken',
        'our own software',
        'self-written',
      ],
      zh: ['刷机', '刷了固件', '刷过固件', '第三方固件', '非官方固件', '改过固件', '破解版', '破解固件', '盗版', '自己写的程序', '自编程序'],
    },
  },
  {
    id: 'abnormal_cause',
    text: {
      en: 'Malfunction or damage is caused by such abnormal causes as falling, squeezing, high temperature, corrosion, entry of foreign substances, adverse electricity environment, and etc.',
      zh: '因跌落、挤压、高温、腐蚀、异物进入、不良用电环境等非正常原因导致故障或损坏的。',
    },
    ruling: {
      en: "damage from a fall, crushing, heat, corrosion, liquid or dust getting in, or an unstable power supply (such as a lightning surge) isn't covered by the free warranty",
      zh: '因摔落、挤压、高温、腐蚀、进水进尘或供电异常（如雷击、浪涌）造成的损坏，不在免费保修范围内',
    },
    screening: {
      en: 'Was it dropped, knocked or crushed, exposed to fire, corrosion, water or dust, or hit by lightning or a power surge?',
      zh: '设备是否摔落、磕碰或受到挤压，是否遇到过高温、腐蚀、进水进尘，或遭遇过雷击、电压浪涌？',
    },
    cues: {
      en: [
        'dropped it',
        'was dropped',
        'got dropped',
        'fell',
        'knocked',
        'crushed',
        'squeezed',
        'smashed',
        'burnt',
        'melted',
        'corroded',
        'rusted',
        'water got in',
        'water inside',
        'got wet',
        'dust inside',
        'insects inside',
        'lightning',
        'power surge',
        'voltage spike',
        'wrong power adapter',
        'short circuit',
      ],
      zh: [
        '摔', '掉下来', '跌落', '磕', '砸', '压坏', '挤压', '高温', '烧坏', '腐蚀',
        '生锈', '进水', '进灰', '进虫', '雷击', '被雷劈', '浪涌', '电压不稳', '接错电源', '短路',
      ],
    },
  },
  {
    id: 'force_majeure',
    text: {
      en: 'Malfunction or damage is caused by force majeure like natural disasters, wars, and etc.',
      zh: '因自然灾害、战争等不可抗力导致故障或损坏的。',
    },
    ruling: {
      en: "damage from a natural disaster such as a flood, earthquake or typhoon, or from war, isn't covered by the free warranty",
      zh: '因洪水、地震、台风等自然灾害或战争造成的损坏，不在免费保修范围内',
    },
    screening: {
      en: 'Was it damaged in a natural disaster such as a flood, earthquake or typhoon, or in a war?',
      zh: '设备是否在洪水、地震、台风等自然灾害或战争中受损？',
    },
    cues: {
      en: [
        'flood',
        'earthquake',
        'typhoon',
        'hurricane',
        'tornado',
        'landslide',
        'tsunami',
        'wildfire',
        'natural disaster',
        'war',
      ],
      zh: ['洪水', '水灾', '地震', '台风', '泥石流', '海啸', '山火', '自然灾害', '战争', '战乱'],
    },
  },
  {
    id: 'unauthorized_repair',
    text: {
      en: 'Product failure is caused by the disassembly, repair and installation not confirmed by our authorized maintenance agencies and their employees.',
      zh: '未经本公司授权维修机构及其人员确认，擅自拆卸、维修、安装而导致产品故障的。',
    },
    ruling: {
      en: "a fault that follows opening, repairing or installing the product without the approval of a NetPosa-authorised service centre isn't covered by the free warranty",
      zh: '未经NetPosa授权维修机构确认而拆机、维修或安装后出现的故障，不在免费保修范围内',
    },
    screening: {
      en: 'Has it been opened up or repaired by anyone other than NetPosa or an authorised service centre?',
      zh: '设备是否被NetPosa或授权维修机构以外的人拆开或维修过？',
    },
    cues: {
      en: [
        'opened it up',
        'opened the case',
        'opened the housing',
        'took it apart',
        'disassembled',
        'repaired it myself',
        'fixed it myself',
        'local repair shop',
        'repaired by a local shop',
        'third-party repair',
        'replaced the board',
        'resoldered',
      ],
      zh: [
        '拆开过',
        '拆开外壳',
        '拆机',
        '拆过',
        '私自维修',
        '自己修过',
        '找人修过',
        '外面修过',
        '外面的维修店',
        '换过主板',
        '自行维修',
      ],
    },
  },
  {
    id: 'unofficial_channel',
    text: {
      en: 'Product hardware and software authorization is acquired from unofficial channels.',
      zh: '产品硬件及软件授权从非正规渠道获得的。',
    },
    ruling: {
      en: "products or licences obtained outside NetPosa's authorised channels aren't covered by the free warranty",
      zh: '通过非正规渠道获得的产品硬件或软件授权，不在免费保修范围内',
    },
    screening: {
      en: "Was it bought outside NetPosa's authorised partners (e.g. an online marketplace or a second-hand seller)?",
      zh: '设备是否是在NetPosa授权渠道以外购买的（例如电商平台上的个人卖家或二手商家）？',
    },
    cues: {
      en: [
        'second-hand',
        'second hand',
        'bought it used',
        'Taobao second-hand',
        'Xianyu',
        'eBay',
        'grey import',
        'gray market',
        'parallel import',
        'unofficial channel',
        'unauthorised seller',
        'unauthorized seller',
      ],
      zh: ['闲鱼', '二手', '淘宝二手', '水货', '非官方渠道', '非正规渠道', '非授权', '转手', '破解授权'],
    },
  },
];

export const POLICY_CLAUSES: readonly PolicyClause[] = Object.freeze(
  CLAUSE_WORDINGS.map((wording) => Object.freeze(withPlainSentence(wording))),
);

/** The clause with this id; every id of CLAUSE_IDS has one. */
export function clauseById(id: ClauseId): PolicyClause {
  const clause = POLICY_CLAUSES.find((candidate) => candidate.id === id);
  if (!clause) {
    throw new Error(`clauseById: no policy clause with id "${id}"`);
  }
  return clause;
}

/** The clause's number in the policy (1–7), as cited to customers: "clause 4". */
export function clauseNumber(id: ClauseId): number {
  return CLAUSE_IDS.indexOf(id) + 1;
}
