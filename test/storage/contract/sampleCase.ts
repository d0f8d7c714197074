// A complete, realistic case as a dialog would open it, for the store tests.
import type { NewCase } from '../../../src/domain/repairCase';

export function sampleNewCase(conversationId: string): NewCase {
  return {
    channel: 'directline',
    conversationId,
    language: 'zh',
    contact: { name: '王磊', phone: '13800138000', region: '湖北' },
    serial: 'NPC21A00012345',
    model: 'NP-IPC-2120',
    category: 'camera',
    symptom: 'no_video',
    customerWords: ['摄像头黑屏了', 'no signal since Monday'],
    warranty: { status: 'in_warranty', endDate: '2027-03-01' },
    exclusions: [{ clause: 'abnormal_cause', evidence: ['it fell off the pole'] }],
    assessment: 'review',
    serviceCenterId: 'wuhan',
  };
}
