// The bot: welcomes newcomers and runs the dialogs for each prepared customer message or language choice, saving state after every turn.
import { ActivityHandler, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { MainDialog } from '../../dialogs/MainDialog';
import { conversationDataOf, type ConversationDataAccessor } from '../../dialogs/conversationData';
import { settleLanguageFromLocale } from './customerMessage';
import { languageChosenBy } from './languageChoice';
import { t } from '../i18n/translate';

export interface ServiceAssistantDeps {
  conversationState: ConversationState;
  conversationData: ConversationDataAccessor;
  dialogState: StatePropertyAccessor;
  mainDialog: MainDialog;
}

export class ServiceAssistant extends ActivityHandler {
  constructor(private readonly deps: ServiceAssistantDeps) {
    super();
    this.onMessage(async (context, next) => {
      await deps.mainDialog.run(context, deps.dialogState);
      await next();
    });
    // The page's language toggle: the dialogs confirm the switch and ask the open question again in the new language.
    this.onEvent(async (context, next) => {
      if (languageChosenBy(context.activity)) await deps.mainDialog.run(context, deps.dialogState);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const newcomers = (context.activity.membersAdded ?? []).filter((member) => member.id !== context.activity.recipient.id);
      if (newcomers.length > 0) {
        const data = await conversationDataOf(deps.conversationData, context);
        settleLanguageFromLocale(data, context.activity.locale);
        await context.sendActivity(t(data.language, 'welcome.text'));
      }
      await next();
    });
  }

  /** Staff handed the conversation back (a turn of its own, started by the staff desk on the customer's channel). */
  async resumeAfterStaff(context: TurnContext, staffName: string, saidMeanwhile: string[]): Promise<void> {
    await this.deps.mainDialog.resumeAfterStaff(context, this.deps.dialogState, staffName, saidMeanwhile);
    await this.deps.conversationState.saveChanges(context, false);
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
  }
}
