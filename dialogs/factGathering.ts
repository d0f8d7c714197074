// Takes whatever a customer message reveals (serial, model, date, symptom, exclusion cues) into the conversation's facts,
// so no dialog asks again for something the customer already said, and corrections replace earlier values.
import { mentionsPurchase } from '../intents/dateParser';
import type { Recognition } from '../intents/types';
import type { ProductRegistry } from '../src/domain/product';
import { normalizeSerial } from '../src/registry/serialNumber';
import type { ConversationData } from './conversationData';

const FAULT_INTENTS = new Set(['report_fault', 'check_warranty', 'repair_cost']);
const DESCRIPTION_CONFIDENCE = 0.4;

function describesAFault(recognition: Recognition): boolean {
  const words = recognition.lang === 'zh' ? recognition.text.replace(/[^\u4e00-\u9fff]/g, '').length / 2 : recognition.text.split(/\s+/).length;
  return FAULT_INTENTS.has(recognition.intent) && recognition.confidence >= DESCRIPTION_CONFIDENCE && words >= 2;
}

export type FactChange = 'serial_corrected' | 'model_corrected' | 'date_corrected';

export function gatherFacts(data: ConversationData, recognition: Recognition, registry: ProductRegistry): FactChange[] {
  const changes: FactChange[] = [];
  const product = data.product;
  const { serial, model, date } = recognition.entities;

  if (serial) {
    const previous = product.serial;
    const isSame = previous !== undefined && normalizeSerial(previous) === normalizeSerial(serial);
    if (previous && !isSame) changes.push('serial_corrected');
    if (isSame && !product.record) {
      // Giving the same unknown serial again means the customer stands by it.
      product.serialUnverified = true;
    } else if (!isSame) {
      product.serial = serial.toUpperCase();
      product.record = registry.findBySerial(serial);
      product.recordAnnounced = false;
      product.serialUnverified = false;
    }
  }
  if (model && !product.record) {
    if (product.model && product.model !== model) changes.push('model_corrected');
    product.model = model;
  }
  // "since this morning" is a date too: only a date said about buying it is the purchase date.
  if (date && !product.record && mentionsPurchase(recognition.text)) {
    if (product.purchaseDate && product.purchaseDate !== date) changes.push('date_corrected');
    product.purchaseDate = date;
  }

  const fault = data.fault;
  const describesFault = recognition.symptom !== null && describesAFault(recognition);
  // Answers like "still not working" or "none of these" get a symptom guess too: the first real description sets it.
  if (describesFault && !fault.symptom) fault.symptom = recognition.symptom!;
  for (const cue of recognition.cues) {
    if (!fault.cues.some((known) => known.clause === cue.clause && known.text === cue.text)) fault.cues.push(cue);
  }
  if ((describesFault || recognition.cues.length > 0) && !fault.words.includes(recognition.text)) {
    fault.words.push(recognition.text);
  }
  return changes;
}

/** The product facts still missing before the warranty can be judged, in the order they are asked. */
export type MissingProductFact = 'serial' | 'serial_check' | 'model' | 'purchase_date';

export function nextMissingProductFact(data: ConversationData, serialUnknownToCustomer: boolean): MissingProductFact | undefined {
  const product = data.product;
  if (product.record) return undefined;
  if (product.serial && !product.serialUnverified && !product.model && !product.purchaseDate) return 'serial_check';
  if (!product.serial && !serialUnknownToCustomer && !(product.model && product.purchaseDate)) return 'serial';
  if (!product.model && !product.modelUnknown) return 'model';
  if (!product.purchaseDate && !product.purchaseDateUnknown) return 'purchase_date';
  return undefined;
}
