// Puts a corrected fact right everywhere: tells the customer, changes a case opened in this conversation while it has not
// reached the centre (re-routed when the place changes), and after that leaves the correction on the case as a note for staff.
import { Dialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { t, type MessageKey } from '../src/i18n/translate';
import { centerDetails } from '../src/domain/product';
import type { CaseStatus, RepairCase } from '../src/domain/repairCase';
import type { Language, Symptom } from '../src/domain/vocabulary';
import type { AssistantServices } from './services';
import type { ConversationData } from './conversationData';
import { nextMissingProductFact, questionFor, type CorrectableFact, type FactChange } from './factGathering';
import { pendingQuestion, type QuestionKind } from './pendingQuestion';
import { askOpenQuestionAgain } from './questionWaterfall';
import { decide } from '../src/policy/decide';
import { claimFromFacts } from './claimFromFacts';

/** Before the device reaches the centre, the case itself still changes; after, an engineer decides what a correction means. */
const CHANGEABLE: ReadonlySet<CaseStatus> = new Set<CaseStatus>(['open', 'awaiting_shipment']);

/** The open questions a corrected fact answers: there the message goes on to the dialog that asked. */
const ANSWERED_BY: Record<CorrectableFact, readonly QuestionKind[]> = {
  serial: ['serial'],
  model: ['model'],
  purchase_date: ['purchase_date'],
  symptom: ['symptom'],
  name: ['contact', 'name'],
  phone: ['contact', 'phone', 'case_phone'],
  city: ['contact', 'city'],
  cause: [],
};

type CorrectionServices = Pick<AssistantServices, 'cases' | 'centers' | 'clock' | 'registry'>;

/** The questions the product dialog asks. */
const PRODUCT_QUESTIONS: ReadonlySet<QuestionKind> = new Set<QuestionKind>(['serial', 'model', 'purchase_date']);

/** Facts the warranty and the assessment are read from: correcting one, or telling a cause late, decides them again. */
const ASSESSED_FACTS: ReadonlySet<CorrectableFact> = new Set<CorrectableFact>(['serial', 'model', 'purchase_date', 'cause']);

/**
 * Acknowledges the changes a message made and carries them to the conversation's case. Undefined when the dialogs should
 * still read the message (nothing changed, or the change answers the open question); otherwise the turn is done: the open
 * question asked again, or nothing left open.
 */
export async function takeCorrections(
  dc: DialogContext,
  data: ConversationData,
  changes: FactChange[],
  services: CorrectionServices,
): Promise<DialogTurnResult | undefined> {
  if (changes.length === 0) return undefined;
  const lang = data.language;
  const lines = [...new Set(changes.map((change) => acknowledgement(change, data, lang)))];
  lines.push(...(await correctCase(data, changes, dc.context.activity.text ?? '', services)));
  await dc.context.sendActivity(lines.join('\n\n'));

  const pending = pendingQuestion(dc);
  if (pending && changes.some((change) => ANSWERED_BY[change.fact].includes(pending))) return undefined;
  // A corrected serial, model or date can make the product question asked moot (a serial the records know settles the
  // date): the product dialog then goes on and asks what is still missing, rather than the question being asked again.
  const stillMissing = nextMissingProductFact(data);
  if (pending && PRODUCT_QUESTIONS.has(pending) && (stillMissing === undefined || questionFor(stillMissing) !== pending)) return undefined;
  if (dc.stack.length === 0) return { status: DialogTurnStatus.complete };
  if (!(await askOpenQuestionAgain(dc))) await dc.repromptDialog();
  return Dialog.EndOfTurn;
}

function acknowledgement(change: FactChange, data: ConversationData, lang: Language): string {
  switch (change.fact) {
    case 'serial': {
      const record = data.product.record;
      if (!record) return t(lang, 'facts.serialCorrected', { serial: change.to });
      data.product.recordAnnounced = true;
      return t(lang, 'facts.serialCorrectedFound', { serial: record.serial, model: record.model });
    }
    case 'model':
      return t(lang, 'facts.modelCorrected', { model: change.to });
    case 'purchase_date':
      return t(lang, 'facts.dateCorrected', { date: change.to });
    case 'symptom':
      return t(lang, 'facts.symptomCorrected', { symptom: t(lang, `symptom.${change.to as Symptom}` as MessageKey) });
    case 'name':
      return t(lang, 'facts.nameCorrected', { name: change.to });
    case 'phone':
      return t(lang, 'facts.phoneCorrected', { phone: change.to });
    case 'city':
      return t(lang, 'facts.cityCorrected', { city: change.to });
    case 'cause':
      return t(lang, 'facts.causeTold');
  }
}

function historyNote(change: FactChange): string {
  return change.from === '' ? `${change.fact}: ${change.to}` : `${change.fact}: ${change.from} → ${change.to}`;
}

/** What the customer is told about the case; nothing when no case was opened in this conversation. */
async function correctCase(data: ConversationData, changes: FactChange[], words: string, services: CorrectionServices): Promise<string[]> {
  const repairCase = data.caseId ? await services.cases.get(data.caseId) : undefined;
  if (!repairCase) return [];
  const lang = data.language;
  const at = services.clock.now().toISOString();
  if (!CHANGEABLE.has(repairCase.status)) {
    const note = `${changes.map(historyNote).join('; ')} — “${words}”`;
    await services.cases.update(repairCase.id, (current) => ({
      ...current,
      history: [...current.history, { at, event: 'customer_note', note }],
    }));
    return [t(lang, 'case.correctionNoted', { caseId: repairCase.id })];
  }

  const city = changes.find((change) => change.fact === 'city');
  const center = city ? services.centers.forRegion(city.to) : undefined;
  const rerouted = center !== undefined && center.id !== repairCase.serviceCenterId;
  const decision = changes.some((change) => ASSESSED_FACTS.has(change.fact)) ? decide(claimFromFacts(data, services.registry), services.clock.today()) : undefined;
  const decided = decision && {
    warranty: { status: decision.warranty.status, endDate: decision.warranty.endDate },
    exclusions: decision.exclusions,
    assessment: decision.assessment,
  };
  await services.cases.update(repairCase.id, (current) => ({
    ...caseWithFacts(current, data, changes),
    ...decided,
    serviceCenterId: rerouted ? center.id : current.serviceCenterId,
    history: [
      ...current.history,
      ...changes.map((change) => ({
        at,
        event: 'corrected',
        note: change === city && rerouted ? `${historyNote(change)} (centre ${current.serviceCenterId} → ${center.id})` : historyNote(change),
      })),
    ],
  }));
  const reassessed = decided && decided.assessment !== repairCase.assessment ? [t(lang, `case.next.${decided.assessment}` as MessageKey)] : [];
  if (!rerouted) return [t(lang, 'case.corrected', { caseId: repairCase.id }), ...reassessed];
  return [t(lang, 'case.rerouted', { caseId: repairCase.id }), t(lang, 'case.shipTo', { ...centerDetails(center, lang) }), ...reassessed];
}

/** The case's own copies of the corrected facts; the purchase date is not one (the note tells the engineer). */
function caseWithFacts(current: RepairCase, data: ConversationData, changes: FactChange[]): RepairCase {
  const corrected = new Set(changes.map((change) => change.fact));
  const symptom = changes.find((change) => change.fact === 'symptom');
  return {
    ...current,
    contact: data.contact ?? current.contact,
    serial: corrected.has('serial') ? data.product.serial : current.serial,
    model: corrected.has('serial') || corrected.has('model') ? data.product.record?.model ?? data.product.model : current.model,
    symptom: symptom ? (symptom.to as Symptom) : current.symptom,
  };
}
