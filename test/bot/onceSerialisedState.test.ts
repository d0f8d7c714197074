// Conversation state serialised once a turn: what a turn changed is there the next turn, written by one storage write.
import assert from 'node:assert/strict';
import { TestAdapter, type Activity, type StoreItems, type TurnContext } from 'botbuilder';
import { OnceSerialisedConversationState } from '../../src/bot/onceSerialisedState';
import { MemoryStateStorage } from '../../src/storage/memory/memoryStateStorage';

class CountingStorage extends MemoryStateStorage {
  writes = 0;

  override write(changes: StoreItems): Promise<void> {
    this.writes += 1;
    return super.write(changes);
  }
}

describe('OnceSerialisedConversationState', () => {
  let storage: CountingStorage;
  let state: OnceSerialisedConversationState;
  let turn: (context: TurnContext) => Promise<void>;
  let adapter: TestAdapter;

  beforeEach(() => {
    storage = new CountingStorage();
    state = new OnceSerialisedConversationState(storage);
    const count = state.createProperty<number>('count');
    turn = async (context) => {
      await count.set(context, (await count.get(context, 0)) + 1);
      await context.sendActivity(`count ${await count.get(context)}`);
      await state.saveChanges(context, false);
    };
    adapter = new TestAdapter((context) => turn(context), { conversation: { id: 'state', isGroup: false, conversationType: 'personal', name: 'state' } } as Partial<Activity>);
  });

  it('keeps what a turn changed for the next turn, with one storage write a turn', async () => {
    await adapter.send('one').assertReply('count 1').send('two').assertReply('count 2').send('three').assertReply('count 3');
    assert.equal(storage.writes, 3);
  });

  it('serialises the state once when it saves it: no change hashes besides the storage write', async () => {
    const stringify = JSON.stringify;
    let serialised = 0;
    let serialisedBySaving: number | undefined;
    turn = async (context) => {
      await state.createProperty<number>('count').set(context, 1);
      JSON.stringify = ((...args: Parameters<typeof JSON.stringify>) => {
        serialised += 1;
        return stringify(...args);
      }) as typeof JSON.stringify;
      try {
        await state.saveChanges(context, false);
      } finally {
        JSON.stringify = stringify;
      }
      serialisedBySaving = serialised;
    };
    await adapter.send('one');
    assert.equal(serialisedBySaving, 1);
  });

  it('starts afresh after the state is deleted', async () => {
    await adapter.send('one').assertReply('count 1');
    turn = async (context) => {
      await state.load(context);
      await state.delete(context);
    };
    await adapter.send('forget');
    turn = async (context) => {
      await context.sendActivity(`stored: ${JSON.stringify(await storage.read(['test/conversations/state']))}`);
      await context.sendActivity(`loaded: ${JSON.stringify(await state.load(context))}`);
    };
    await adapter.send('again').assertReply('stored: {}').assertReply('loaded: {}');
  });

  it('saves a cleared state as empty', async () => {
    await adapter.send('one').assertReply('count 1');
    const counting = turn;
    turn = async (context) => {
      await state.load(context);
      await state.clear(context);
      await state.saveChanges(context, false);
    };
    await adapter.send('clear');
    turn = counting;
    await adapter.send('two').assertReply('count 1');
  });
});
