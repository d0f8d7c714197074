// Drives the main dialog the way a channel would (turn pipeline, message preparation, state saved every turn),
// with the real recognizer, the demo registry and centres, in-memory stores and a fixed date.
import path from 'node:path';
import { ConversationState, type Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { pendingQuestionInState, type QuestionKind } from '../../dialogs/pendingQuestion';
import { MainDialog } from '../../dialogs/MainDialog';
import type { AssistantServices } from '../../dialogs/services';
import { assistantServices } from '../../src/assistant';
import type { ConversationData } from '../../dialogs/conversationData';
import { createRecognizer } from '../../intents/recognizer';
import type { Recognizer } from '../../intents/types';
import { loadProductRegistry } from '../../src/registry/productRegistry';
import { loadServiceCenters } from '../../src/registry/serviceCenters';
import { createMemoryStores } from '../../src/storage/memory';
import type { Stores } from '../../src/storage/types';
import type { StaffSchedule } from '../../src/domain/staffHours';
import { prepareCustomerMessage } from '../../src/bot/customerMessage';
import { ownerCheck, quoteAnswer, serialisePerConversation, type TurnPipelineDeps } from '../../src/bot/turnPipeline';
import { staffQueueOf } from '../../src/assistant';

export const TODAY = '2026-11-25';
const DATA = path.join(__dirname, '../../data');
const registry = loadProductRegistry(path.join(DATA, 'demo-registry.csv'));
const centers = loadServiceCenters(path.join(DATA, 'demo-service-centers.csv'));

let sharedRecognizer: Recognizer | undefined;
/** Trained once for all dialog tests. */
export function recognizer(): Recognizer {
  sharedRecognizer ??= createRecognizer({ models: registry.models() });
  return sharedRecognizer;
}

export interface TestConversation {
  /** Sends one customer message and returns every reply of the turn, text, card facts and choices included. */
  say(text: string | Partial<Activity>): Promise<string>;
  /** Whether, after the last turn, a dialog waits for the customer's answer. */
  waiting(): boolean;
  stores: Stores;
  services: AssistantServices;
  conversationId: string;
  /** The kind of question the assistant is waiting for an answer to, read from the saved dialog state. */
  pendingQuestion(): Promise<QuestionKind | undefined>;
  /** What the assistant remembers about the conversation after the last turn, read from the saved state. */
  conversationData(): Promise<ConversationData | undefined>;
}

/** The conversation's saved state: the dialog stack DialogTestClient keeps, and the main dialog's conversation data. */
interface SavedState {
  DialogState?: DialogState;
  conversationData?: ConversationData;
}

export function startConversation(
  channelId = 'directline',
  stores: Stores = createMemoryStores(),
  settings: { staffHours?: StaffSchedule } = {},
): TestConversation {
  const clock = { today: () => TODAY, now: () => new Date(`${TODAY}T08:00:00Z`) };
  const services = assistantServices({ recognizer: recognizer(), registry, centers, stores, clock, ...settings });
  const conversationState = new ConversationState(stores.state);
  const conversationData = conversationState.createProperty<ConversationData>('conversationData');
  const pipeline: TurnPipelineDeps = {
    locks: stores.locks,
    conversations: stores.conversations,
    queue: staffQueueOf(stores, clock, services.staffHours),
    recognizer: services.recognizer,
    clock,
  };
  const client = new DialogTestClient(
    channelId,
    new MainDialog(conversationData, services),
    undefined,
    [
      serialisePerConversation(stores.locks),
      quoteAnswer(pipeline),
      ownerCheck(pipeline),
      prepareCustomerMessage({ conversationData, recognizer: services.recognizer, cases: stores.cases, clock }),
    ],
    conversationState,
  );
  async function saved(): Promise<SavedState | undefined> {
    // ConversationState's key for the one conversation DialogTestClient holds.
    const key = `${channelId}/conversations/Convo1/`;
    return (await stores.state.read([key]))[key] as SavedState | undefined;
  }
  return {
    stores,
    services,
    conversationId: 'Convo1',
    async pendingQuestion() {
      return pendingQuestionInState((await saved())?.DialogState);
    },
    async conversationData() {
      return (await saved())?.conversationData;
    },
    async say(text) {
      const first = (await client.sendActivity(text)) as Partial<Activity> | undefined;
      const replies: Array<Partial<Activity>> = [];
      let reply = first;
      while (reply) {
        replies.push(reply);
        reply = client.getNextReply() as Partial<Activity> | undefined;
      }
      return replies.map(render).join('\n---\n');
    },
    waiting() {
      return client.dialogTurnResult?.status === DialogTurnStatus.waiting;
    },
  };
}

function render(activity: Partial<Activity>): string {
  const parts = [activity.text ?? ''];
  for (const action of activity.suggestedActions?.actions ?? []) parts.push(`[${action.title}]`);
  for (const attachment of activity.attachments ?? []) parts.push(`<card ${JSON.stringify(attachment.content)}>`);
  return parts.join(' ');
}

/**
 * From `opening` to the offer of a case: "still not working" to every step, `checklistReply` to the checklist. Returns the
 * last reply, which holds the assessment.
 */
export async function toTheOffer(convo: TestConversation, opening: string, lang: 'en' | 'zh', checklistReply = { en: 'none', zh: '都没有' }[lang]): Promise<string> {
  let reply = await convo.say(opening);
  for (let guard = 0; guard < 8 && (await convo.pendingQuestion()) !== 'open_case'; guard += 1) {
    reply = await convo.say((await convo.pendingQuestion()) === 'checklist' ? checklistReply : { en: 'still not working', zh: '还是不行' }[lang]);
  }
  return reply;
}
