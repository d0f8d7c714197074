// The case store the assistant opens cases through: every new case is announced to the staff console as it opens, so a
// case opened after a hand-back shows beside its conversation at once.
import type { CaseStore } from '../storage/types';
import type { StaffEvents } from './staffEvents';

export function announcingOpenedCases(cases: CaseStore, events: StaffEvents): CaseStore {
  return {
    async create(input, opened) {
      const created = await cases.create(input, opened);
      await events.publish('case.opened', { case: created });
      return created;
    },
    get: (id) => cases.get(id),
    update: (id, change) => cases.update(id, change),
    list: (filter) => cases.list(filter),
  };
}
