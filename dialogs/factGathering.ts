// Takes whatever a customer message reveals (serial, model, date, symptom, exclusion cues, contact) into the conversation's
// facts, so no dialog asks again for something the customer already said, and corrections replace earlier values.
import { correctedName, saysCorrection, saysFaultCorrection, serialOutOfReach, serialUnreadable, serialWithCorrectedDigits, tellsWhereTheSerialIs } from '../intents/corrections';
import { asksAboutTerms, asksCost, asksRepairTime, asksWarranty } from '../intents/commands';
import { contactSaidIn } from '../intents/contactSaid';
import { hintsAnySymptom, hintsAtSymptom, saysNothingIsBroken, saysProductBroken } from '../intents/symptomCues';
import type { Recognition } from '../intents/types';
import type { ProductRegistry } from '../src/domain/product';
import type { CustomerContact } from '../src/domain/repairCase';
import { normalizeSerial } from '../src/registry/serialNumber';
import { findPlace, placeName, placesIn, type Place } from '../src/registry/regions';
import type { Language } from '../src/domain/vocabulary';
import { emptyFault, type ConversationData, type FaultCue } from './conversationData';
import type { QuestionKind } from './pendingQuestion';

const FAULT_INTENTS = new Set(['report_fault', 'check_warranty', 'repair_cost']);
const DESCRIPTION_CONFIDENCE = 0.4;
/** From here the intent head's fault report stands whatever question comes with it. */
const SURE_FAULT_REPORT = 0.7;

/**
 * "问一下，站里那台录像机还在保修期没有？序列号…": a question about the warranty or the cost, with no fault in its words, that
 * the intent head half reads as a fault report.
 */
export function onlyAsksOfCover(recognition: Recognition): boolean {
  const { text } = recognition;
  const unsure = recognition.intent !== 'report_fault' || recognition.confidence < SURE_FAULT_REPORT;
  return unsure && (asksWarranty(text) || asksCost(text)) && !saysProductBroken(text) && !hintsAnySymptom(text);
}

/** A product of ours named by its serial or its model. */
export function namesOurProduct({ entities }: Recognition): boolean {
  return entities.serial !== undefined || entities.model !== undefined;
}

/** Whether the message describes a fault of the product, beside whatever it asks: the one rule every reader applies. */
export function describesAFault(recognition: Recognition): boolean {
  const words = recognition.lang === 'zh' ? recognition.text.replace(/[^\u4e00-\u9fff]/g, '').length / 2 : recognition.text.split(/\s+/).length;
  // A question about the warranty or the cost brings a fault along only when it names one ("is it covered? we get a
  // lot of storms here" names none, whatever the symptom head guesses).
  // A question about the policy's terms ("京东上的店铺买的算不算？") or the repair's time ("what is the expected turnaround?
  // our patrol roster depends on that camera") names a fault only in a fault's own words.
  const asksInstead = asksAboutTerms(recognition.text) || asksRepairTime(recognition.text) || onlyAsksOfCover(recognition);
  const reportsOne = recognition.intent === 'report_fault' && !asksInstead;
  const namesTheFault = reportsOne || (recognition.symptom !== null && hintsAtSymptom(recognition.text, recognition.symptom));
  const toldAsFault = FAULT_INTENTS.has(recognition.intent) && recognition.confidence >= DESCRIPTION_CONFIDENCE;
  // "My NP-IPC2043 SN NPC21A00012345 died after the mains voltage spiked": the intent head unsure, our product named by
  // its model or serial with a fault's own words.
  const productWithItsFault = namesOurProduct(recognition) && recognition.symptom !== null && hintsAtSymptom(recognition.text, recognition.symptom);
  return (toldAsFault || productWithItsFault) && words >= 2 && namesTheFault;
}

/** `cause`: an excluded cause told once the assessment was given (its `to` is the clause), taking back a checklist "no". */
export type CorrectableFact = 'serial' | 'model' | 'purchase_date' | 'name' | 'phone' | 'city' | 'symptom' | 'cause';

/** A known fact the message replaced, with the values a case's history shows. */
export interface FactChange {
  fact: CorrectableFact;
  from: string;
  to: string;
}

/** Questions whose own dialog takes a contact answer: a phone or place given there is the answer, not a correction. */
const CONTACT_QUESTIONS: ReadonlySet<QuestionKind> = new Set<QuestionKind>(['contact', 'name', 'phone', 'city', 'case_phone']);


function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');
}

function samePlace(a: Place | undefined, b: Place): boolean {
  return a !== undefined && a.province === b.province && (a.city === undefined || b.city === undefined || a.city === b.city);
}

/** Name, phone and place corrected once a contact is known (it is, once a case was opened). */
function contactChanges(contact: CustomerContact, recognition: Recognition, describesFault: boolean, lang: Language): FactChange[] {
  const changes: FactChange[] = [];
  const { text } = recognition;
  const phone = recognition.entities.phone;
  // A phone given with a case id proves who asks for that case's status; it corrects nothing.
  if (phone && !recognition.entities.case && phoneDigits(phone) !== phoneDigits(contact.phone)) changes.push({ fact: 'phone', from: contact.phone, to: phone });
  if (!saysCorrection(text)) return changes;
  const name = correctedName(text);
  if (name && name !== contact.name) changes.push({ fact: 'name', from: contact.name, to: name });
  // "Zhengzhou, not Foshan": the first place other than the known one. A fault "now" somewhere is not a move, unless the
  // message names the known place too ("the camera is at our Wuhan hotel, not in Haikou"), as only a correction does.
  const known = findPlace(contact.region);
  const places = placesIn(text);
  const namesKnownPlace = places.some((place) => samePlace(known, place));
  const moved = describesFault && !namesKnownPlace ? undefined : places.find((place) => !samePlace(known, place));
  if (moved) changes.push({ fact: 'city', from: contact.region, to: placeName(moved, lang) });
  return changes;
}

function applyContactChanges(contact: CustomerContact, changes: FactChange[]): CustomerContact {
  const updated = { ...contact };
  for (const change of changes) {
    if (change.fact === 'name') updated.name = change.to;
    if (change.fact === 'phone') updated.phone = change.to;
    if (change.fact === 'city') updated.region = change.to;
  }
  return updated;
}

/** The serial as read, or with the group typed after it when only that one is in the registry. */
function serialInRegistry({ serial, serialJoined }: Recognition['entities'], registry: ProductRegistry): string | undefined {
  if (serial === undefined || serialJoined === undefined || registry.findBySerial(serial)) return serial;
  return registry.findBySerial(serialJoined) ? serialJoined : serial;
}

/**
 * `pending` is the question the message may be answering; a message answering it is not a correction of it.
 * `saidYesOrNo`: the message answers a yes/no question ("yes open it", "ok open the case": no story of a repair).
 */
export function gatherFacts(
  data: ConversationData,
  recognition: Recognition,
  registry: ProductRegistry,
  pending?: QuestionKind,
  saidYesOrNo = false,
): FactChange[] {
  const changes: FactChange[] = [];
  const { model } = recognition.entities;
  const serial =
    serialInRegistry(recognition.entities, registry) ??
    (data.product.serial ? serialWithCorrectedDigits(data.product.serial, recognition.text) : undefined);
  // "don't have it with me, camera's at the shop" answers the serial question, and "oops, it's 0047 not 0042" the
  // questions of a status request: only a fault named in words is a report.
  const cannotGiveSerial = pending === 'serial' && serialOutOfReach(recognition.text);
  const aboutACase = pending === 'case_id' || pending === 'case_phone';
  // "授权证书上的 LIC-VMS-2025 01120": where a serial was read names the product (a licence), not a fault of it.
  const givesSerial = pending === 'serial' && recognition.entities.serial !== undefined && recognition.symptom === 'other';
  // "Nothing is broken right now": what an earlier question seemed to report ("…or only activation problems?") was none.
  const noFault = saysNothingIsBroken(recognition.text);
  if (noFault && data.fault.stepsTried.length === 0 && !data.caseId) data.fault = emptyFault();
  const describesFault =
    !noFault &&
    !givesSerial &&
    recognition.symptom !== null &&
    describesAFault(recognition) &&
    (!(cannotGiveSerial || aboutACase) || hintsAtSymptom(recognition.text, recognition.symptom));
  if (data.fault.caseDeclined && describesFault && recognition.symptom !== data.fault.symptom) data.fault = emptyFault();
  const fault = data.fault;
  // A fault described when none is under discussion, about another serial or model, is another product: not a correction.
  const previousModel = data.product.record?.model ?? data.product.model;
  const otherSerial = serial !== undefined && data.product.serial !== undefined && normalizeSerial(data.product.serial) !== normalizeSerial(serial);
  const otherModel = model !== undefined && previousModel !== undefined && previousModel !== model;
  if (describesFault && fault.words.length === 0 && (otherSerial || otherModel)) data.product = {};
  const product = data.product;

  if (serial) {
    const previous = product.serial;
    const isSame = previous !== undefined && normalizeSerial(previous) === normalizeSerial(serial);
    if (previous && !isSame) changes.push({ fact: 'serial', from: previous, to: serial.toUpperCase() });
    if (isSame && !product.record) {
      // Giving the same unknown serial again means the customer stands by it.
      product.serialUnverified = true;
    } else if (!isSame) {
      product.serial = serial.toUpperCase();
      product.record = registry.findBySerial(serial);
      product.recordAnnounced = false;
      product.serialUnverified = false;
    }
  } else if (!product.serial && serialUnreadable(recognition.text)) {
    product.serialUnknown = true;
  }
  if (model && !product.record) {
    if (product.model && product.model !== model) changes.push({ fact: 'model', from: product.model, to: model });
    product.model = model;
  }
  // "since this morning" is a date too: only a date said about buying it is the purchase date.
  const bought = recognition.entities.bought;
  if (bought && !product.record) {
    if (product.purchaseDate && product.purchaseDate !== bought) changes.push({ fact: 'purchase_date', from: product.purchaseDate, to: bought });
    product.purchaseDate = bought;
  }

  // Answers like "still not working" or "none of these" get a symptom guess too: the first real description sets it.
  if (describesFault && !fault.symptom) fault.symptom = recognition.symptom!;
  else if (
    describesFault &&
    fault.symptom !== recognition.symptom &&
    saysFaultCorrection(recognition.text) &&
    hintsAtSymptom(recognition.text, recognition.symptom!) &&
    pending !== 'symptom'
  ) {
    changes.push({ fact: 'symptom', from: fault.symptom!, to: recognition.symptom! });
    fault.symptom = recognition.symptom!;
  }
  for (const cue of recognition.cues) {
    if (cue.asked || (pending === 'open_case' && saidYesOrNo)) continue;
    if (pending === 'serial' && tellsWhereTheSerialIs(cue.text)) continue;
    // A report on a step we asked for ("官网那个固件刷不进去") takes back nothing the customer said on their own.
    const saidOnTheirOwn = fault.cues.some((known) => known.clause === cue.clause && !known.negated && !known.inReplyToStep);
    if (pending === 'fixed' && cue.negated && saidOnTheirOwn) continue;
    // What a customer did at our request ("换了电源线和插座") is easily misread as a repair: the checklist asks again.
    const found: FaultCue = pending === 'fixed' ? { ...cue, inReplyToStep: true } : cue;
    const isNew = !fault.cues.some((known) => known.clause === cue.clause && known.text === cue.text);
    // "电压不稳又不是我们人为弄的，这也得收钱？": the cause already weighed, told again to argue it, is no news.
    const alreadyTold = fault.cues.some((known) => known.clause === cue.clause && !known.negated && !known.inReplyToStep);
    if (isNew && !(alreadyTold && !cue.negated)) fault.cues.push(found);
    // "等一下 我刚问了值班的 上周被足球砸过": told after the checklist's "no" or while the case is offered, a cause takes
    // the "no" back and the assessment is made again.
    const toldLate = fault.answers[cue.clause] === false || pending === 'open_case';
    if (isNew && !alreadyTold && !cue.negated && !found.inReplyToStep && toldLate) {
      delete fault.answers[cue.clause];
      // "没摔 没进水" then "那天矿上电不稳": what the customer denied before is not set against what they now tell.
      fault.cues = fault.cues.filter((known) => known.clause !== cue.clause || !known.negated);
      changes.push({ fact: 'cause', from: '', to: cue.clause });
    }
  }
  if ((describesFault || recognition.cues.some((cue) => !cue.asked)) && !fault.words.includes(recognition.typed)) {
    fault.words.push(recognition.typed);
  }

  const phone = recognition.entities.phone;
  // A phone given with a case id proves who asks for that case's status; it offers no contact for a new one.
  if (!data.contact && phone && !recognition.entities.case && !(pending && CONTACT_QUESTIONS.has(pending))) {
    data.contactSaid = { ...data.contactSaid, ...contactSaidIn(recognition.text, phone, data.language) };
  }
  if (data.contact && !(pending && CONTACT_QUESTIONS.has(pending))) {
    // "更正下 机器现在在长沙的项目上" reads as a fault to the heads; a fault named in words keeps a move from being read.
    const namesAFault = describesFault && hintsAtSymptom(recognition.text, recognition.symptom!);
    const corrected = contactChanges(data.contact, recognition, namesAFault, data.language);
    data.contact = applyContactChanges(data.contact, corrected);
    changes.push(...corrected);
  }
  return changes;
}

/** The product facts still missing before the warranty can be judged, in the order they are asked. */
export type MissingProductFact = 'serial' | 'serial_check' | 'model' | 'purchase_date';

/** The question that asks for a missing fact: checking a serial the records do not know is asked as the serial question. */
export function questionFor(missing: MissingProductFact): QuestionKind {
  return missing === 'serial_check' ? 'serial' : missing;
}

export function nextMissingProductFact(data: ConversationData): MissingProductFact | undefined {
  const product = data.product;
  if (product.record) return undefined;
  if (product.serial && !product.serialUnverified && !product.model && !product.purchaseDate) return 'serial_check';
  if (!product.serial && !product.serialUnknown && !(product.model && product.purchaseDate)) return 'serial';
  if (!product.model && !product.modelUnknown) return 'model';
  if (!product.purchaseDate && !product.purchaseDateUnknown) return 'purchase_date';
  return undefined;
}
