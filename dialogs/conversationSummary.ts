// The summary staff read when a conversation is handed to them: what is known, so the customer never repeats it.
import { decide } from '../src/policy/decide';
import type { ProductRegistry } from '../src/domain/product';
import type { ConversationData } from './conversationData';
import { claimFromFacts } from './claimFromFacts';

export function conversationSummary(data: ConversationData, registry: ProductRegistry, today: string, channel: string): string {
  const { product, fault } = data;
  const lines: string[] = [`Language: ${data.language}; channel: ${channel}`];
  const record = product.record;
  if (record) {
    lines.push(`Product: ${record.model} (${record.category}), serial ${record.serial}, bought ${record.purchaseDate} from ${record.seller}, contract ${record.contractId}`);
  } else if (product.serial || product.model || product.purchaseDate) {
    lines.push(
      `Product (customer-stated, not in registry): model ${product.model ?? 'unknown'}, serial ${product.serial ?? 'unknown'}, bought ${product.purchaseDate ?? 'unknown'}`,
    );
  }
  if (product.serial || product.model || record) {
    const decision = decide(claimFromFacts(data, registry), today);
    lines.push(`Warranty: ${decision.warranty.status}${decision.warranty.endDate ? ` (ends ${decision.warranty.endDate})` : ''}; preliminary assessment: ${decision.assessment}`);
    for (const exclusion of decision.exclusions) lines.push(`Exclusion ${exclusion.clause}: ${exclusion.evidence.join(' | ')}`);
    if (decision.contradictions.length > 0) lines.push(`Contradictory statements on: ${decision.contradictions.join(', ')}`);
  }
  if (fault.symptom) lines.push(`Symptom: ${fault.symptom}`);
  if (fault.words.length > 0) lines.push(`Customer's words: ${fault.words.map((words) => `“${words}”`).join(' ')}`);
  if (fault.stepsTried.length > 0) lines.push(`Troubleshooting steps tried: ${fault.stepsTried.join(', ')}${fault.solvedByTroubleshooting ? ' (solved)' : ''}`);
  if (data.attachments.length > 0) lines.push(`Files from the customer: ${data.attachments.map((file) => file.name).join(', ')}`);
  if (data.contact) lines.push(`Contact: ${data.contact.name}, ${data.contact.phone}, ${data.contact.region}`);
  if (data.caseId) lines.push(`Case: ${data.caseId}`);
  if (lines.length === 1) lines.push('Nothing collected yet.');
  return lines.join('\n');
}
