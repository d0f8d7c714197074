// Prepares each customer message before the dialogs see it: refuses oversized text politely, keeps uploads, answers a
// channel's notice (a voice message, a sticker), settles the conversation's language (also when the page's toggle says
// so) and recognises the text once for every dialog of the turn.
import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { Recognizer } from '../../intents/types';
import { detectCommand } from '../../intents/commands';
import { saysEnoughToSwitch } from '../../intents/language';
import {
  conversationDataOf,
  recognitionOf,
  rememberLanguageChoice,
  rememberRecognition,
  type ConversationData,
  type ConversationDataAccessor,
} from '../../dialogs/conversationData';
import type { Clock } from '../../dialogs/services';
import type { Attachment } from '../domain/repairCase';
import type { Language } from '../domain/vocabulary';
import type { CaseStore, StoredUpload } from '../storage/types';
import { markdownLiteral } from '../i18n/markdown';
import { t } from '../i18n/translate';
import { languageChosenBy } from './languageChoice';
import { noticeIn, type ChannelNotice } from './channelNotices';

/** Longer messages are refused politely: nobody describes a camera fault in more than this. */
export const MAX_MESSAGE_CHARACTERS = 4000;

export interface CustomerMessageDeps {
  conversationData: ConversationDataAccessor;
  recognizer: Recognizer;
  cases: CaseStore;
  clock: Clock;
}

export function prepareCustomerMessage(deps: CustomerMessageDeps): Middleware {
  return {
    async onTurn(context, next) {
      const chosen = languageChosenBy(context.activity);
      if (chosen) {
        settleChosenLanguage(await conversationDataOf(deps.conversationData, context), chosen, context.activity.locale);
        rememberLanguageChoice(context);
        return next();
      }
      if (context.activity.type !== ActivityTypes.Message) return next();
      const data = await conversationDataOf(deps.conversationData, context);
      const text = (context.activity.text ?? '').trim();
      settleLanguageFromLocale(data, context.activity.locale);
      if (text.length > MAX_MESSAGE_CHARACTERS) {
        await context.sendActivity(t(data.language, 'input.tooLong', { max: MAX_MESSAGE_CHARACTERS }));
        return;
      }
      const uploads = uploadsIn(context);
      if (uploads.length > 0) await keepUploads(context, data, uploads, deps);
      const notice = noticeIn(context.activity);
      if (notice) await context.sendActivity(noticeText(data, notice));
      // A photo or a sticker alone answers nothing: the question the customer was asked stays open.
      if (!text) return;

      // The answer to a staff quote may have recognised this text already (turnPipeline's quoteAnswer).
      const recognition = recognitionOf(context) ?? deps.recognizer.recognize(text, { today: deps.clock.today() });
      settleLanguageFromText(data, text, recognition.lang);
      rememberRecognition(context, recognition);
      // Prompts format and read choices by the turn's locale: make it the conversation's language.
      context.activity.locale = data.language === 'zh' ? 'zh-CN' : 'en-US';
      await next();
    },
  };
}

/** Before the customer has written a word, their language is unknown: the line comes in both. */
function noticeText(data: ConversationData, notice: ChannelNotice): string {
  if (data.languageSettled) return t(data.language, notice.key, notice.params);
  return `${t('zh', notice.key, notice.params)}\n\n${t('en', notice.key, notice.params)}`;
}

async function keepUploads(context: TurnContext, data: ConversationData, uploads: Attachment[], deps: CustomerMessageDeps): Promise<void> {
  data.attachments.push(...uploads);
  if (data.caseId) {
    const at = deps.clock.now().toISOString();
    await deps.cases.update(data.caseId, (current) => ({
      ...current,
      attachments: [...current.attachments, ...uploads],
      history: [...current.history, { at, event: 'attachment_added', note: uploads.map((upload) => upload.name).join(', ') }],
    }));
  }
  const names = uploads.map((upload) => markdownLiteral(upload.name)).join(', ');
  await context.sendActivity(t(data.language, data.caseId ? 'upload.addedToCase' : 'upload.kept', { names, caseId: data.caseId ?? '' }));
}

/**
 * Files the customer uploaded with this message. Channels that store uploads list them in `channelData.uploads`
 * (set by the server, never by the client); the attachment with the same name carries the link to show it.
 */
function uploadsIn(context: TurnContext): Attachment[] {
  const activity = context.activity;
  const listed = (activity.channelData as { uploads?: unknown } | undefined)?.uploads;
  if (!Array.isArray(listed)) return [];
  return (listed as StoredUpload[])
    .filter((upload) => upload.conversationId === activity.conversation.id)
    .map((upload) => ({
      id: upload.id,
      name: upload.name,
      contentType: upload.contentType,
      url: activity.attachments?.find((attachment) => attachment.name === upload.name)?.contentUrl ?? '',
    }));
}

export function settleLanguageFromLocale(data: ConversationData, locale: string | undefined): void {
  if (!locale) return;
  const language: Language = locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const changed = data.lastLocale !== undefined && data.lastLocale !== locale;
  data.lastLocale = locale;
  // A page's language toggle is a deliberate choice; a default locale only counts until the customer writes.
  if (changed || !data.languageSettled) data.language = language;
  if (changed) data.languageSettled = true;
}

/** The customer picked a language (the page's toggle): it holds until they pick or write another. */
function settleChosenLanguage(data: ConversationData, language: Language, locale: string | undefined): void {
  data.language = language;
  data.languageSettled = true;
  // The messages that follow carry the toggle's locale: that is no second switch.
  if (locale) data.lastLocale = locale;
}

/** Answers in the language the customer writes in; a stray "ok" or a serial number does not switch it. */
function settleLanguageFromText(data: ConversationData, text: string, detected: Language): void {
  const command = detectCommand(text);
  if (command?.kind === 'language') {
    data.language = command.language;
    data.languageSettled = true;
    return;
  }
  if ((!data.languageSettled || data.language !== detected) && saysEnoughToSwitch(text, detected, data.languageSettled)) {
    data.language = detected;
    data.languageSettled = true;
  }
}
