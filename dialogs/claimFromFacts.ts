// Turns what the conversation has learned into the claim the policy judges.
import type { Claim } from '../src/policy/types';
import { isPtzDome, type ProductRegistry } from '../src/domain/product';
import type { ConversationData } from './conversationData';
import { namesSeller } from '../intents/exclusionCues';

export function claimFromFacts(data: ConversationData, registry: ProductRegistry): Claim {
  const { product, fault } = data;
  const record = product.record;
  return {
    product: record
      ? { source: 'registry', ...record }
      : {
          source: 'customer',
          serial: product.serial,
          model: product.model,
          category: product.model ? registry.categoryOfModel(product.model) : undefined,
          purchaseDate: product.purchaseDate,
        },
    answers: { ...fault.answers },
    // "We bought it from Zhongan Tianyuan": naming the authorised seller of the sales record is no other channel.
    evidence: fault.cues
      .filter((cue) => !(cue.clause === 'unofficial_channel' && record?.authorizedChannel && namesSeller(cue.text, record.seller)))
      .map((cue) => ({ clause: cue.clause, text: cue.text, negated: cue.negated })),
  };
}

export function categoryOf(data: ConversationData, registry: ProductRegistry): string | undefined {
  return data.product.record?.category ?? (data.product.model ? registry.categoryOfModel(data.product.model) : undefined);
}

/** The product family the troubleshooting steps are chosen for: a PTZ dome is a camera of its own there. */
export function troubleshootingFamilyOf(data: ConversationData, registry: ProductRegistry): string | undefined {
  const model = data.product.record?.model ?? data.product.model;
  return model && isPtzDome(model) ? 'ptz dome' : categoryOf(data, registry);
}
