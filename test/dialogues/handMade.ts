// Small hand-made conversations in both languages, for testing the simulator and the scoring on their own.
import type { ConversationScript } from './corpus';
import type { Language } from '../../src/domain/vocabulary';
import type { RepairCase } from '../../src/domain/repairCase';
import { newConversationData } from '../../dialogs/conversationData';
import type { Observed, PlayedConversation, Turn } from './simulator';

/** An in-warranty camera with no video (serial in the demo registry, bought 2025-06-10 with 36 months), in Hangzhou. */
export const CAMERA_WITHOUT_VIDEO: Record<Language, ConversationScript> = {
  en: {
    id: 'test-en-1',
    lang: 'en',
    situation: 'A shop owner in Hangzhou whose camera shows no picture.',
    opening: 'my camera has no video',
    facts: {
      serial: 'NPC21A00012345',
      model: 'NP-IPC2043',
      purchase_date: 'June last year',
      problem: 'black picture',
      name: 'Li Wei',
      phone: '13812345678',
      place: 'Hangzhou',
      case_id: null,
    },
    replies: {
      troubleshooting: ['2', '2 again'],
      damage_check: 'none',
      open_case: 'yes please',
      person: 'no thanks',
      quote: null,
      rating: '5',
      other: 'not sure',
    },
    moves: [],
    expected: { outcome: 'case', warranty: 'in_warranty', assessment: 'free', clauses: [], centre: 'sh-east', handoff: false },
    min_customer_messages: 4,
  },
  zh: {
    id: 'test-zh-1',
    lang: 'zh',
    situation: '杭州的店主，摄像头没有画面。',
    opening: '我的摄像头没有画面了',
    facts: {
      serial: 'NPC21A00012345',
      model: 'NP-IPC2043',
      purchase_date: '去年六月',
      problem: '黑屏',
      name: '李伟',
      phone: '13812345678',
      place: '杭州',
      case_id: null,
    },
    replies: {
      troubleshooting: ['2', '还是2'],
      damage_check: '都没有',
      open_case: '开吧',
      person: '不用',
      quote: null,
      rating: '5',
      other: '不清楚',
    },
    moves: [],
    expected: { outcome: 'case', warranty: 'in_warranty', assessment: 'free', clauses: [], centre: 'sh-east', handoff: false },
    min_customer_messages: 4,
  },
};

/** The same customer with some fields of the script replaced. */
export function variant(script: ConversationScript, changes: Partial<ConversationScript>): ConversationScript {
  return { ...script, ...changes };
}

/** A transcript of assistant replies, each to one customer answer, for scoring without playing. */
export function transcript(replies: string[]): Turn[] {
  return replies.map((assistant, index) => ({ text: `message ${index + 1}`, kind: index === 0 ? 'opening' : 'answer', assistant, pending: undefined }));
}

export function played(script: ConversationScript, turns: Turn[], observed: Partial<Observed> = {}): PlayedConversation {
  return { script, turns, ending: 'finished', observed: { cases: [], data: newConversationData(), handoff: { status: 'bot' }, ...observed } };
}

/** A case as the store returns it, opened in Hangzhou for the camera above. */
export function repairCase(changes: Partial<RepairCase>): RepairCase {
  return {
    id: 'RMA-20261125-0001',
    channel: 'directline',
    conversationId: 'Convo1',
    language: 'en',
    contact: { name: 'Li Wei', phone: '13812345678', region: 'Hangzhou' },
    serial: 'NPC21A00012345',
    model: 'NP-IPC2043',
    category: 'camera',
    symptom: 'no_video',
    customerWords: ['my camera has no video'],
    warranty: { status: 'in_warranty', endDate: '2028-06-10' },
    exclusions: [],
    assessment: 'free',
    serviceCenterId: 'sh-east',
    status: 'open',
    attachments: [],
    history: [],
    createdAt: '2026-11-25T08:00:00.000Z',
    updatedAt: '2026-11-25T08:00:00.000Z',
    ...changes,
  };
}
