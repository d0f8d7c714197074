// The website's language toggle as the assistant receives it: an `event` activity named `setLanguage`, value `en` or `zh`.
import { ActivityTypes, type Activity } from 'botbuilder';
import { LANGUAGES, type Language } from '../domain/vocabulary';

export const SET_LANGUAGE_EVENT = 'setLanguage';

/** The language a client chose with this activity, if it is the toggle's event with a language we speak. */
export function languageChosenBy(activity: Partial<Activity>): Language | undefined {
  if (activity.type !== ActivityTypes.Event || activity.name !== SET_LANGUAGE_EVENT) return undefined;
  return (LANGUAGES as readonly unknown[]).includes(activity.value) ? (activity.value as Language) : undefined;
}
