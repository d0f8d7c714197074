// Collects the contact a repair case needs — name, phone and where the customer is — from one answer or several; ends
// without one when the customer declines to give it.
import { ComponentDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { declines, endsAsQuestion } from '../intents/answers/cues';
import { extractName, nameAnswered, wordsAsName } from '../intents/commands';
import { splitAtTakingBack } from '../intents/corrections';
import { placeAbroadAnswered, provinceOf } from '../src/registry/regions';
import { t, type MessageKey } from '../src/i18n/translate';
import type { CustomerContact } from '../src/domain/repairCase';
import { conversationDataOf, recognitionOf, type ConversationDataAccessor } from './conversationData';
import { TEXT_PROMPT, createTextPrompt, textPromptOptions } from './prompts';
import { stepValues } from './stepValues';
import { asking, type QuestionKind } from './pendingQuestion';
import { QuestionWaterfall } from './questionWaterfall';

export const CONTACT_DIALOG = 'contactDialog';
const LOOP = 'contactLoop';
const MAX_RETRIES = 2;

type ContactField = 'all' | 'name' | 'phone' | 'region';
type PartialContact = Partial<CustomerContact>;

interface LoopState {
  contact: PartialContact;
  asked?: ContactField;
  retries: number;
}

const ASK: Record<ContactField, MessageKey> = {
  all: 'contact.askAll',
  name: 'contact.askName',
  phone: 'contact.askPhone',
  region: 'contact.askRegion',
};
const RETRY: Record<ContactField, MessageKey> = {
  all: 'contact.askAll',
  name: 'contact.retryName',
  phone: 'contact.retryPhone',
  region: 'contact.retryRegion',
};

const QUESTION: Record<ContactField, QuestionKind> = { all: 'contact', name: 'name', phone: 'phone', region: 'city' };

function missingField(contact: PartialContact): ContactField | undefined {
  // A place said earlier ("where do I send it? I'm in Hangzhou") leaves name and phone to ask together, not one by one.
  if (!contact.name && !contact.phone) return 'all';
  if (!contact.name) return 'name';
  if (!contact.phone) return 'phone';
  if (!contact.region) return 'region';
  return undefined;
}

export class ContactDialog extends ComponentDialog {
  constructor(private readonly state: ConversationDataAccessor) {
    super(CONTACT_DIALOG);
    this.addDialog(createTextPrompt());
    this.addDialog(new QuestionWaterfall(LOOP, [this.askStep.bind(this), this.takeAnswerStep.bind(this)]));
    this.initialDialogId = LOOP;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await conversationDataOf(this.state, step.context);
    const loop: LoopState = { contact: { ...data.contactSaid, ...data.contact }, retries: 0, ...(step.options as Partial<LoopState>) };
    const missing = missingField(loop.contact);
    if (!missing) {
      data.contact = loop.contact as CustomerContact;
      // Nothing was asked: the customer sees which contact goes on the case, to put it right if it was misread.
      if (loop.asked === undefined) await step.context.sendActivity(t(data.language, 'contact.fromEarlier', { ...data.contact }));
      return step.endDialog(data.contact);
    }
    const stillStuck = loop.asked === missing;
    const retries = stillStuck ? loop.retries + 1 : 0;
    if (retries > MAX_RETRIES && missing === 'region') {
      // The fallback centre serves anyone whose place we cannot place.
      loop.contact.region = '-';
      return step.replaceDialog(LOOP, loop);
    }
    stepValues<{ loop: LoopState }>(step).loop = { ...loop, asked: missing, retries } satisfies LoopState;
    const lang = data.language;
    return step.prompt(TEXT_PROMPT, asking(QUESTION[missing], textPromptOptions(t(lang, stillStuck ? RETRY[missing] : ASK[missing]), t(lang, RETRY[missing]))));
  }

  private async takeAnswerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const loop = stepValues<{ loop: LoopState }>(step).loop as LoopState;
    const answer = String(step.result ?? '').trim();
    const phone = recognitionOf(step.context)?.entities.phone;
    // "not giving my number to a chatbot. forget it": no contact, and so no case.
    if (!phone && declines(answer)) return step.endDialog(undefined);
    // "We must pay the shipping to Beijing ourselves?" names a place it asks about, not where the customer is; a name
    // comes before the customer's own question ("Xu Yuting. Will you text me updates?").
    if (!phone && loop.asked !== 'name' && endsAsQuestion(answer)) return step.replaceDialog(LOOP, loop);
    // "李伟 138… 杭州…不对 设备在武汉": the place is the one meant after taking the first back; the name comes before.
    const takenBack = splitAtTakingBack(answer);
    const retold = takenBack && provinceOf(takenBack.meant) ? takenBack : undefined;
    const placeText = retold?.meant ?? answer;
    // "…, Almaty, Kazakhstan": a place abroad is served by the fallback centre, and is the answer all the same.
    const place = provinceOf(placeText) ? placeIn(placeText, phone) : placeAbroadAnswered(placeText);
    const contact = { ...loop.contact };
    if (phone) contact.phone = phone;
    if (place && (loop.asked === 'all' || loop.asked === 'region' || !contact.region)) contact.region = place;
    if (loop.asked === 'region' && !place && !phone && answer.length <= 60) contact.region = answer;
    if (loop.asked === 'all' || loop.asked === 'name') {
      const nameText = retold?.said ?? answer;
      const placesSaid = retold && provinceOf(retold.said) ? [placeIn(retold.said, phone)] : [];
      const recognised = [phone ?? '', ...placesSaid, ...(loop.asked === 'all' && place ? [place] : [])].filter(Boolean);
      // "Wang Chenggang, the end customer's site manager": the name is what comes before the explanation.
      const name = loop.asked === 'name' ? nameAnswered(nameText, recognised) : extractName(nameText, recognised);
      if (name && (loop.asked === 'name' || name !== place)) contact.name = name;
      // Asked for a name (or the whole contact) three times, the customer's own words are the name: a case is never held
      // up by it, and the same question is not asked a fourth time.
      if (!contact.name && loop.retries >= MAX_RETRIES && answer) contact.name = wordsAsName(answer);
    }

    return step.replaceDialog(LOOP, { ...loop, contact });
  }
}

/**
 * The part of an answer that names the place: answers look like "Li Wei, 138…, Hangzhou" or "王伟 138… 杭州". Places
 * written one after the other are kept together, so "Taiyuan, Shanxi (not Shaanxi)" keeps the city that decides.
 */
function placeIn(answer: string, phone: string | undefined): string {
  const phoneDigits = phone?.replace(/\D/g, '');
  let segments = answer.split(/[,，;；、。\n]+/).map((segment) => segment.trim()).filter(Boolean);
  if (segments.length === 1) segments = answer.split(/\s+/).filter(Boolean);
  const namesPlace = (segment: string) => Boolean(provinceOf(segment)) && !(phoneDigits && segment.replace(/\D/g, '').includes(phoneDigits));
  let last = segments.length - 1;
  while (last >= 0 && !namesPlace(segments[last]!)) last -= 1;
  let first = last;
  while (first > 0 && namesPlace(segments[first - 1]!)) first -= 1;
  const place = last < 0 ? answer : answer.slice(answer.indexOf(segments[first]!), answer.lastIndexOf(segments[last]!) + segments[last]!.length);
  return place.replace(/^(i'?m in|i am in|we are in|in|from|at|我在|在|来自|位于|地址[:：]?)\s*/i, '').slice(0, 60);
}
