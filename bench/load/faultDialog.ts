// The complete fault dialog every simulated customer goes through, in English or Chinese: a camera without video, the
// serial, two troubleshooting steps that do not help, the warranty's questions, a repair case and the rating declined.
import type { Language } from '../../src/domain/vocabulary';

export interface DialogTurn {
  say: string;
  /** Matches one of the assistant's replies when the dialog went where it should. */
  expect: RegExp;
}

export const FAULT_DIALOGS: Record<Language, readonly DialogTurn[]> = {
  en: [
    { say: 'my camera shows no video', expect: /serial number/ },
    { say: 'NPC21A00012345', expect: /^Step 1 of 2/ },
    { say: 'still the same', expect: /^Step 2 of 2/ },
    { say: 'still black', expect: /Has any of these happened/ },
    { say: 'None of these', expect: /open a repair case\?/ },
    { say: 'Open a case', expect: /your name, a phone number/ },
    { say: 'Li Wei, 138 1234 5678, Hangzhou', expect: /Your repair case is open: RMA-/ },
    { say: 'no thanks', expect: /Thanks for contacting NetPosa/ },
  ],
  zh: [
    { say: '摄像头没有画面', expect: /序列号/ },
    { say: 'NPC21A00012345', expect: /^第 1\/2 步/ },
    { say: '还是不行', expect: /^第 2\/2 步/ },
    { say: '还是黑屏', expect: /设备是否发生过以下情况/ },
    { say: '都没有', expect: /需要我帮您开维修单吗/ },
    { say: '开维修单', expect: /联系方式/ },
    { say: '李伟，13812345678，杭州', expect: /维修单已创建：RMA-/ },
    { say: '不用了', expect: /好的/ },
  ],
};

export const DIALOG_TURNS = FAULT_DIALOGS.en.length;

/** Customers alternate between the languages, so both tokenisers carry half the load. */
export function dialogOf(customer: number): { language: Language; turns: readonly DialogTurn[] } {
  const language: Language = customer % 2 === 0 ? 'en' : 'zh';
  return { language, turns: FAULT_DIALOGS[language] };
}

/** The canonical EchoBot's answer to a message. */
export function echoOf(text: string): RegExp {
  return new RegExp(`^Echo: ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
