// Tells a customer, in plain words, what the warranty of their product looks like and what a repair would cost.
import { decide } from '../src/policy/decide';
import { t, type MessageKey } from '../src/i18n/translate';
import type { ProductRegistry } from '../src/domain/product';
import type { ConversationData } from './conversationData';
import { claimFromFacts } from './claimFromFacts';
import type { ClauseId } from '../src/domain/vocabulary';
import type { Decision } from '../src/policy/types';

export function warrantySummary(data: ConversationData, registry: ProductRegistry, today: string): string {
  const lang = data.language;
  // Judged with what the customer has said so far: "good news" for a camera they said fell would be taken back later.
  const decision = decide(claimFromFacts(data, registry), today);
  const lines = [warrantyStatus(data, decision)];
  // Each exclusion or contradiction explained as the policy engine words it: the clause, the customer's words quoted once.
  const explained = new Set<ClauseId>([...decision.exclusions.map((exclusion) => exclusion.clause), ...decision.contradictions]);
  explained.delete('expired');
  for (const reason of decision.reasons) {
    if (reason.clause && explained.has(reason.clause)) lines.push(reason.text[lang]);
  }
  lines.push(t(lang, 'warranty.coverage'));
  return lines.join('\n\n');
}

function warrantyStatus(data: ConversationData, decision: Decision): string {
  const lang = data.language;
  const product = data.product;
  const model = product.record?.model ?? product.model ?? t(lang, 'product.yourDevice');
  const end = decision.warranty.endDate ?? '';
  switch (decision.warranty.status) {
    case 'in_warranty': {
      const clear = decision.exclusions.length === 0 && decision.contradictions.length === 0;
      return t(lang, clear ? 'warranty.inWarranty' : 'warranty.inPeriod', { model, serial: product.record?.serial ?? '', end });
    }
    case 'expired':
      return t(lang, 'warranty.expired', { model, end });
    case 'unknown':
      return t(lang, 'warranty.unverified', { model });
  }
}

/** Whether the product under discussion is known well enough to tell its warranty. */
export function knowsProduct(data: ConversationData): boolean {
  return Boolean(data.product.record || (data.product.model && data.product.purchaseDate));
}

/**
 * The product's warranty when it is known ("…the warranty ended on 2026-05-19"), with what the sales record alone rules
 * (a seller outside the authorised channels); else undefined.
 */
export function warrantyLine(data: ConversationData, registry: ProductRegistry, today: string): string | undefined {
  if (!knowsProduct(data)) return undefined;
  const decision = decide(claimFromFacts(data, registry), today);
  const soldOutside = decision.reasons.filter((reason) => reason.code === 'sold_outside_channels').map((reason) => reason.text[data.language]);
  return [warrantyStatus(data, decision), ...soldOutside].join(data.language === 'zh' ? '' : ' ');
}

/**
 * A question about the policy's own terms, answered from the policy: the contract's period, what is free and what is
 * charged, who decides a clause; the seller's part when the question is about where it was bought; then the product's own
 * warranty when it is known, else how to have it checked.
 */
export function policyTermsAnswer(data: ConversationData, registry: ProductRegistry, today: string, aboutChannel: boolean): string {
  const lang = data.language;
  const lines = [t(lang, 'policy.terms'), ...(aboutChannel ? [t(lang, 'policy.channel')] : []), t(lang, 'cost.quoteFirst')];
  const own = warrantyLine(data, registry, today);
  lines.push(own ?? t(lang, 'policy.checkOne'));
  return lines.join('\n\n');
}

/** What a repair costs: for the product under discussion when it is known, else the general rule. */
export function costSummary(data: ConversationData, registry: ProductRegistry, today: string): string {
  const lang = data.language;
  const first = knowsProduct(data) ? warrantySummary(data, registry, today) : t(lang, 'cost.general');
  return `${first}\n\n${t(lang, 'cost.quoteFirst')}`;
}

/** What the assistant has understood so far, in one line for the customer ("NP-IPC2043, serial …; no video; Hangzhou"). */
export function knownFacts(data: ConversationData): string | undefined {
  const lang = data.language;
  const { product, fault, contact } = data;
  const model = product.record?.model ?? product.model;
  const serial = product.record?.serial ?? product.serial;
  const parts = [
    [model, serial].filter(Boolean).join(' · '),
    product.record ? '' : product.purchaseDate ?? '',
    fault.symptom ? t(lang, `symptom.${fault.symptom}` as MessageKey) : '',
    contact?.region ?? '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(lang === 'zh' ? '；' : '; ') : undefined;
}

/** No record of the product yet, and a serial that could find one has not been tried: worth one question. */
export function serialCouldSettleIt(data: ConversationData): boolean {
  return !data.product.record && !data.product.serial && !data.product.serialUnknown;
}

/** Without the sales record a model and a date are only an estimate: the general rule, which the serial then settles. */
export function costAnswer(data: ConversationData, registry: ProductRegistry, today: string): string {
  return serialCouldSettleIt(data) ? `${t(data.language, 'cost.general')}\n\n${t(data.language, 'cost.quoteFirst')}` : costSummary(data, registry, today);
}
