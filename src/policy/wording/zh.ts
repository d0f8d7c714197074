// Simplified Chinese explanations of a warranty decision, worded as a Chinese service engineer would say them.
import type { ReasonWording, Statement } from './reasonWording';

const POLICY = 'NetPosa服务政策';

function quoted(texts: string[]): string {
  return texts.map((text) => `“${text}”`).join('、');
}

/** Chinese readers expect 2027年6月10日 rather than an ISO date. */
function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

function product(model: string | undefined): string {
  return model ? `您的${model}` : '您的产品';
}

function askedPhrase(question: string | undefined): string {
  return question ? `我们询问“${question}”时` : '我们问到这一点时';
}

function affirmingPhrase(statement: Statement): string {
  switch (statement.kind) {
    case 'words':
      return `您提到${quoted(statement.texts)}`;
    case 'quotedAbove':
      return '您前面提到了这一点';
    case 'answer':
      return `${askedPhrase(statement.question)}，您回答了“是”`;
  }
}

function denyingPhrase(statement: Statement): string {
  switch (statement.kind) {
    case 'words':
      return `但您也说过${quoted(statement.texts)}`;
    case 'quotedAbove':
      return '但您前面也说过并非如此';
    case 'answer':
      return `但${askedPhrase(statement.question)}，您回答了“否”`;
  }
}

export const CHINESE_REASONS: ReasonWording = {
  underWarranty: (model, endDate) => `${product(model)}在保修期内，保修期至${chineseDate(endDate)}。`,
  warrantyPeriodRuns: (model, endDate) =>
    `${product(model)}的保修期至${chineseDate(endDate)}；保修针对产品本身的质量问题，并不涵盖所有损坏。`,
  warrantyEnded: (model, endDate, citation) =>
    `${product(model)}保修期已于${chineseDate(endDate)}结束。根据${POLICY}第${citation.number}条，${citation.ruling}，因此本次维修需要收费。`,
  serialNotFound: () => '我们的销售记录中暂时查不到这个序列号，工程师会根据您的购买发票来确认保修情况。',
  serialMissing: () => '没有序列号，我们暂时无法查询销售记录，工程师会根据您的购买发票来确认保修情况。',
  estimatedWarranty: (endDate, stillRunning) =>
    stillRunning
      ? `按您提供的购买日期推算，保修期应到${chineseDate(endDate)}为止。`
      : `按您提供的购买日期推算，保修期应已于${chineseDate(endDate)}结束。`,
  soldOutsideChannels: (seller, contractId, citation) =>
    `我们的销售记录显示，这台设备由${seller}售出（合同号${contractId}），不属于NetPosa授权渠道。根据${POLICY}第${citation.number}条，${citation.ruling}，因此本次维修需要收费。`,
  customerMentioned: (statement, citation) =>
    statement.kind === 'quotedAbove'
      ? `这也属于${POLICY}第${citation.number}条的情况：${citation.ruling}。`
      : `${affirmingPhrase(statement)}。根据${POLICY}第${citation.number}条，${citation.ruling}，因此本次维修需要收费。`,
  statementsDisagree: (affirming, denying, clauseNumber) =>
    `${affirmingPhrase(affirming)}，${denyingPhrase(denying)}。为避免误会，工程师会先检测设备，再确认是否适用${POLICY}第${clauseNumber}条。`,
  outcome: (assessment) => {
    switch (assessment) {
      case 'free':
        return '目前看来本次维修可以享受免费保修，工程师检测确认故障后就会为您安排。';
      case 'charged':
        return '产品寄到后，工程师会先检测确认；如需收费，会先给您报价，经您同意后才开始维修。';
      case 'review':
        return '目前还不能确定是否收费：工程师检测后会先告诉您结果，再开始维修。';
    }
  },
};
