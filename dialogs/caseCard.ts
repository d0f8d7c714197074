// The Adaptive Card that sums up a new repair case on channels that show cards (text says the same everywhere).
import { CardFactory, type Attachment } from 'botbuilder';
import { t, type MessageKey } from '../src/i18n/translate';
import type { RepairCase } from '../src/domain/repairCase';
import { centerDetails, type ServiceCenter } from '../src/domain/product';
import type { Language } from '../src/domain/vocabulary';

export function caseCard(repairCase: RepairCase, serviceCenter: ServiceCenter, lang: Language): Attachment {
  const fact = (title: string, value: string) => ({ title, value });
  const center = centerDetails(serviceCenter, lang);
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    body: [
      { type: 'TextBlock', text: t(lang, 'card.title'), weight: 'Bolder', size: 'Medium', wrap: true },
      // Large, not ExtraLarge: the id must fit whole on a 390 px phone. A hyphen before a digit is no line break, so
      // wrapping only ever splits it where it could not fit at all; not wrapping would cut it with an ellipsis.
      { type: 'TextBlock', text: repairCase.id, size: 'Large', weight: 'Bolder', color: 'Accent', spacing: 'Small', wrap: true },
      {
        type: 'FactSet',
        facts: [
          fact(t(lang, 'card.product'), [repairCase.model, repairCase.serial].filter(Boolean).join(' · ') || '—'),
          fact(t(lang, 'card.symptom'), t(lang, `symptom.${repairCase.symptom}` as MessageKey)),
          fact(t(lang, 'card.assessment'), t(lang, `assessment.${repairCase.assessment}` as MessageKey)),
          fact(t(lang, 'card.center'), center.name),
          fact(t(lang, 'card.address'), center.address),
          fact(t(lang, 'card.phone'), center.phone),
          fact(t(lang, 'card.hours'), center.hours),
        ],
      },
      { type: 'TextBlock', text: t(lang, 'card.footer'), wrap: true, isSubtle: true, size: 'Small' },
    ],
  });
}
