// What a customer is told when the stores cannot be reached: in both languages, since their language is stored there too.
import { t } from '../i18n/translate';

export function storageUnavailableApology(): string {
  return `${t('en', 'error.storageUnavailable')}\n${t('zh', 'error.storageUnavailable')}`;
}
