// Builds the assistant — state, dialogs and the bot — from its services; every channel runs the same bot.
import type { BotAdapter, TurnContext } from 'botbuilder';
import { MainDialog } from '../dialogs/MainDialog';
import type { AssistantServices, Clock } from '../dialogs/services';
import type { Recognizer } from '../intents/types';
import type { ProductRegistry, ServiceCenterDirectory } from './domain/product';
import { troubleshootingSteps } from './troubleshooting/knowledgeBase';
import type { ConversationData } from '../dialogs/conversationData';
import type { Stores } from './storage/types';
import { ServiceAssistant } from './bot/ServiceAssistant';
import { OnceSerialisedConversationState } from './bot/onceSerialisedState';
import { applyTurnPipeline } from './bot/turnPipeline';
import { markActivity } from './bot/conversationExpiry';
import { CONVERSATION_DATA_PROPERTY } from './bot/conversationStateKeys';
import { prepareCustomerMessage } from './bot/customerMessage';
import { t } from './i18n/translate';
import { storageUnavailableApology } from './bot/unavailableApology';
import { conversationRef, turnFailure, type Logger } from './observability/logger';
import type { Metrics } from './observability/metrics';
import { DEFAULT_STAFF_HOURS, parseStaffHours, type StaffSchedule } from './domain/staffHours';
import { StaffQueue } from './staff/staffQueue';
import { StaffEvents } from './staff/staffEvents';
import { announcingOpenedCases } from './staff/openedCases';

export interface Assistant {
  bot: ServiceAssistant;
  /** Adds the shared turn pipeline and error handling to a channel's adapter. */
  attach(adapter: BotAdapter, channel: string): void;
}

export function createAssistant(services: AssistantServices, stores: Stores, logger: Logger, metrics: Metrics): Assistant {
  const conversationState = new OnceSerialisedConversationState(stores.state);
  const conversationData = conversationState.createProperty<ConversationData>(CONVERSATION_DATA_PROPERTY);
  const dialogState = conversationState.createProperty('dialogState');
  const bot = new ServiceAssistant({
    conversationState,
    conversationData,
    dialogState,
    mainDialog: new MainDialog(conversationData, services),
  });
  const customerMessage = prepareCustomerMessage({ conversationData, recognizer: services.recognizer, cases: services.cases, clock: services.clock });
  const queue = staffQueueOf(stores, services.clock, services.staffHours);

  return {
    bot,
    attach(adapter, channel) {
      adapter.use({
        onTurn: async (_context, next) => {
          metrics.turns.inc({ channel });
          await next();
        },
      });
      // Every turn counts as activity, whoever holds the conversation: idleness is what lets it expire.
      adapter.use(markActivity(stores.lastActivity, () => services.clock.now()));
      applyTurnPipeline(adapter, { locks: stores.locks, conversations: stores.conversations, queue, recognizer: services.recognizer, clock: services.clock });
      // Prepared only once the owner check has let the message through to the assistant.
      adapter.use(customerMessage);
      adapter.onTurnError = async (context: TurnContext, error: Error) => {
        metrics.turnErrors.inc({ channel });
        const conversationId = context.activity.conversation?.id;
        logger.error({ failure: turnFailure(error), channel, conversation: conversationId && conversationRef(conversationId) }, 'turn failed');
        // With the stores away the state is not what broke, and it must be there when they are back: keep it.
        if (!(await stores.ping())) {
          await context.sendActivity(storageUnavailableApology()).catch(() => undefined);
          return;
        }
        // The dialog state may be what broke: drop it so the next message starts cleanly rather than failing again.
        await conversationState.delete(context).catch(() => undefined);
        await context.sendActivity(`${t('en', 'error.turnFailed')}\n${t('zh', 'error.turnFailed')}`).catch(() => undefined);
      };
    },
  };
}

/** The services as every entry point (server, tests, benchmarks) wires them: stores for state, the knowledge base for steps. */
export function assistantServices(parts: {
  recognizer: Recognizer;
  registry: ProductRegistry;
  centers: ServiceCenterDirectory;
  stores: StaffQueueStores & Pick<Stores, 'feedback'>;
  clock: Clock;
  /** Tests and benchmarks that do not care get the default STAFF_HOURS. */
  staffHours?: StaffSchedule;
}): AssistantServices {
  const { stores, staffHours = parseStaffHours(DEFAULT_STAFF_HOURS), ...rest } = parts;
  return {
    ...rest,
    staffHours,
    cases: announcingOpenedCases(stores.cases, staffEventsOf(stores, parts.clock)),
    feedback: stores.feedback,
    conversations: stores.conversations,
    troubleshooting: troubleshootingSteps,
    staffQueue: staffQueueOf(stores, parts.clock, staffHours),
  };
}

type StaffQueueStores = Pick<Stores, 'cases' | 'conversations' | 'staffEvents' | 'bus' | 'takeoverWaits' | 'consolePresence'>;

/** The queue over the stores: every part that builds one shares the stores' event log, so they all agree. */
export function staffQueueOf(stores: StaffQueueStores, clock: Clock, staffHours: StaffSchedule): StaffQueue {
  return new StaffQueue({
    conversations: stores.conversations,
    cases: stores.cases,
    events: staffEventsOf(stores, clock),
    waits: stores.takeoverWaits,
    presence: stores.consolePresence,
    clock,
    staffHours,
  });
}

function staffEventsOf(stores: Pick<Stores, 'staffEvents' | 'bus'>, clock: Clock): StaffEvents {
  return new StaffEvents(stores.staffEvents, stores.bus, () => clock.now());
}
