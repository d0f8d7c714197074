// Tells a customer, in plain words, what the warranty of their product looks like and what a repair would cost.
import { decide } from '../src/policy/decide';
import { t, type MessageKey } from '../src/i18n/translate';
import type { ProductRegistry } from '../src/domain/product';
import type { ConversationData } from './conversationData';
import { claimFromFacts } from './claimFromFacts';
import type { ClauseId } from '../src/domain/vocabulary';

export function warrantySummary(data: ConversationData, registry: ProductRegistry, today: string): string {
  const lang = data.language;
  // Judged with what the customer has said so far: "good news" for a camera they said fell would be taken back later.
  const decision = decide(claimFromFacts(data, registry), today);
  const product = data.product;
  const model = product.record?.model ?? product.model ?? t(lang, 'product.yourDevice');
  const end = decision.warranty.endDate ?? '';
  const lines: string[] = [];
  if (decision.warranty.status === 'in_warranty') {
    const clear = decision.exclusions.length === 0 && decision.contradictions.length === 0;
    lines.push(t(lang, clear ? 'warranty.inWarranty' : 'warranty.inPeriod', { model, serial: product.record?.serial ?? '', end }));
  } else if (decision.warranty.status === 'expired') {
    lines.push(t(lang, 'warranty.expired', { model, end }));
  } else {
    lines.push(t(lang, 'warranty.unverified', { model }));
  }
  // Each exclusion or contradiction explained as the policy engine words it: the clause, the customer's words quoted once.
  const explained = new Set<ClauseId>([...decision.exclusions.map((exclusion) => exclusion.clause), ...decision.contradictions]);
  explained.delete('expired');
  for (const reason of decision.reasons) {
    if (reason.clause && explained.has(reason.clause)) lines.push(reason.text[lang]);
  }
  lines.push(t(lang, 'warranty.coverage'));
  return lines.join('\n\n');
}

/** What a repair costs: for the product under discussion when it is known, else the general rule. */
export function costSummary(data: ConversationData, registry: ProductRegistry, today: string): string {
  const lang = data.language;
  const knowsProduct = Boolean(data.product.record || (data.product.model && data.product.purchaseDate));
  const first = knowsProduct ? warrantySummary(data, registry, today) : t(lang, 'cost.general');
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
