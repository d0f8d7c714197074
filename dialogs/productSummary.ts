// Tells a customer, in plain words, what the warranty of their product looks like.
import { decide } from '../src/policy/decide';
import { t } from '../src/i18n/translate';
import type { ProductRegistry } from '../src/domain/product';
import type { ConversationData } from './conversationData';
import { claimFromFacts } from './claimFromFacts';

export function warrantySummary(data: ConversationData, registry: ProductRegistry, today: string): string {
  const lang = data.language;
  // Only what the registry and the dates say: no fault has been described, so no exclusion of the customer's is judged.
  const decision = decide({ ...claimFromFacts(data, registry), answers: {}, evidence: [] }, today);
  const product = data.product;
  const model = product.record?.model ?? product.model ?? t(lang, 'product.yourDevice');
  const lines: string[] = [];
  if (decision.warranty.status === 'in_warranty') {
    lines.push(t(lang, 'warranty.inWarranty', { model, serial: product.record?.serial ?? '', end: decision.warranty.endDate ?? '' }));
  } else if (decision.warranty.status === 'expired') {
    lines.push(t(lang, 'warranty.expired', { model, end: decision.warranty.endDate ?? '' }));
  } else {
    lines.push(t(lang, 'warranty.unverified', { model }));
  }
  if (decision.exclusions.some((exclusion) => exclusion.clause === 'unofficial_channel')) {
    lines.push(t(lang, 'warranty.unofficialChannel', { seller: product.record?.seller ?? '' }));
  }
  lines.push(t(lang, 'warranty.coverage'));
  return lines.join('\n\n');
}
