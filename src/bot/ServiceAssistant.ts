// The bot: for each customer message it settles the language, recognises the text once, keeps uploads, and runs the dialogs.
import { ActivityHandler, type ConversationState, type StatePropertyAccessor, type TurnContext, type UserState } from 'botbuilder';
import type { Recognizer } from '../../intents/types';
import { detectCommand } from '../../intents/commands';
import type { MainDialog } from '../../dialogs/MainDialog';
import { conversationDataOf, rememberRecognition, type ConversationData, type ConversationDataAccessor } from '../../dialogs/conversationData';
import type { Clock } from '../../dialogs/services';
import type { Attachment } from '../domain/repairCase';
import type { CaseStore } from '../storage/types';
import { t } from '../i18n/translate';
import type { Language } from '../domain/vocabulary';

/** Longer messages are refused politely: nobody describes a camera fault in more than this. */
export const MAX_MESSAGE_CHARACTERS = 4000;

export interface ServiceAssistantDeps {
  conversationState: ConversationState;
  userState: UserState;
  conversationData: ConversationDataAccessor;
  dialogState: StatePropertyAccessor;
  mainDialog: MainDialog;
  recognizer: Recognizer;
  cases: CaseStore;
  clock: Clock;
}

export class ServiceAssistant extends ActivityHandler {
  constructor(private readonly deps: ServiceAssistantDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
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

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const data = await conversationDataOf(this.deps.conversationData, context);
    const text = (context.activity.text ?? '').trim();
    settleLanguageFromLocale(data, context.activity.locale);
    if (text.length > MAX_MESSAGE_CHARACTERS) {
      await context.sendActivity(t(data.language, 'input.tooLong', { max: MAX_MESSAGE_CHARACTERS }));
      return;
    }
    const uploads = uploadsIn(context);
    if (uploads.length > 0) await this.keepUploads(context, data, uploads);
    if (!text) return;

    const recognition = this.deps.recognizer.recognize(text, { today: this.deps.clock.today() });
    settleLanguageFromText(data, text, recognition.lang);
    rememberRecognition(context, recognition);
    // Prompts format their choices by the turn's locale: make it the conversation's language.
    context.activity.locale = data.language === 'zh' ? 'zh-CN' : 'en-US';
    await this.deps.mainDialog.run(context, this.deps.dialogState);
  }

  private async keepUploads(context: TurnContext, data: ConversationData, uploads: Attachment[]): Promise<void> {
    data.attachments.push(...uploads);
    if (data.caseId) {
      const at = this.deps.clock.now().toISOString();
      await this.deps.cases.update(data.caseId, (current) => ({
        ...current,
        attachments: [...current.attachments, ...uploads],
        history: [...current.history, { at, event: 'attachment_added', note: uploads.map((upload) => upload.name).join(', ') }],
      }));
    }
    const names = uploads.map((upload) => upload.name).join(', ');
    await context.sendActivity(t(data.language, data.caseId ? 'upload.addedToCase' : 'upload.kept', { names, caseId: data.caseId ?? '' }));
  }
}

function uploadsIn(context: TurnContext): Attachment[] {
  return (context.activity.attachments ?? [])
    .filter((attachment) => typeof attachment.contentUrl === 'string' && attachment.contentUrl.length > 0)
    .map((attachment, index) => ({
      id: String((attachment as { id?: unknown }).id ?? attachment.contentUrl),
      name: attachment.name ?? `attachment-${index + 1}`,
      contentType: attachment.contentType,
      url: attachment.contentUrl!,
    }));
}

function settleLanguageFromLocale(data: ConversationData, locale: string | undefined): void {
  if (!locale) return;
  const language: Language = locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const changed = data.lastLocale !== undefined && data.lastLocale !== locale;
  data.lastLocale = locale;
  // A page's language toggle is a deliberate choice; a default locale only counts until the customer writes.
  if (changed || !data.languageSettled) data.language = language;
  if (changed) data.languageSettled = true;
}

/** Answers in the language the customer writes in; a stray "ok" or a serial number does not switch it. */
function settleLanguageFromText(data: ConversationData, text: string, detected: Language): void {
  const command = detectCommand(text);
  if (command?.kind === 'language') {
    data.language = command.language;
    data.languageSettled = true;
    return;
  }
  if (detected === 'zh') {
    data.language = 'zh';
    data.languageSettled = true;
    return;
  }
  const englishWords = text.match(/\b[a-z]{2,}\b/gi) ?? [];
  if (englishWords.length >= 3 || (!data.languageSettled && englishWords.length >= 1)) {
    data.language = 'en';
    data.languageSettled = true;
  }
}
