// The one conformance suite every implementation of the storage ports must pass unchanged (memory now, Redis later).
// Tests use names of their own instead of relying on empty stores, so a shared Redis instance is fine.
import assert from 'node:assert/strict';
import type { Stores } from '../../src/storage/types';
import { describeActivityIndexContract } from './contract/activityIndexContract';
import { describeBotStateStorageContract } from './contract/botStateStorageContract';
import { describeCaseStoreContract } from './contract/caseStoreContract';
import { describeConversationStoreContract } from './contract/conversationStoreContract';
import { describeFeedbackStoreContract } from './contract/feedbackStoreContract';
import { describeKeyedLockContract } from './contract/keyedLockContract';
import { describeMessageBusContract } from './contract/messageBusContract';
import { describeTranscriptStoreContract } from './contract/transcriptStoreContract';
import { describeUploadStoreContract } from './contract/uploadStoreContract';
import { describeStaffStoresContract } from './contract/staffStoresContract';
import { describeOfficialAccountStoresContract } from './contract/officialAccountStoresContract';

export function describeStoresContract(
  name: string,
  createStores: () => Promise<Stores>,
  dispose: (stores: Stores) => Promise<void> = (stores) => stores.close(),
): void {
  describe(name, () => {
    let current: Stores | undefined;
    const stores = (): Stores => {
      if (current === undefined) throw new Error('describeStoresContract: stores used outside a test');
      return current;
    };

    beforeEach(async () => {
      current = await createStores();
    });

    afterEach(async () => {
      if (current !== undefined) await dispose(current);
      current = undefined;
    });

    it('reports its backing store reachable', async () => {
      assert.equal(await stores().ping(), true);
    });

    describeCaseStoreContract(stores);
    describeFeedbackStoreContract(stores);
    describeConversationStoreContract(stores);
    describeTranscriptStoreContract(stores);
    describeUploadStoreContract(stores);
    describeActivityIndexContract(stores);
    describeKeyedLockContract(stores);
    describeMessageBusContract(stores);
    describeBotStateStorageContract(stores);
    describeStaffStoresContract(stores);
    describeOfficialAccountStoresContract(stores);
  });
}
