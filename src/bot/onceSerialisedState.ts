// Conversation state that is serialised once a turn, by the storage that writes it.
import { ConversationState, type StoreItem, type TurnContext } from 'botbuilder';

const LOADED = Symbol('loadedConversationState');

/**
 * botbuilder's BotState hashes the whole state (a JSON text and a SHA-256) when it loads it, again before saving to see
 * whether it changed, and once more after writing: three serialisations besides the storage's own, about a twentieth of
 * a turn. Every customer message moves a dialog on, so the comparison saves nothing: a turn that loaded the state
 * writes it back, and only the storage serialises it.
 */
export class OnceSerialisedConversationState extends ConversationState {
  override async load(context: TurnContext, force = false): Promise<StoreItem> {
    const loaded = context.turnState.get(LOADED) as StoreItem | undefined;
    if (loaded && !force) return loaded;
    const key = await this.storageKey(context);
    const state = (await this.storage.read([key]))[key] ?? {};
    context.turnState.set(LOADED, state);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const state = (context.turnState.get(LOADED) as StoreItem | undefined) ?? (force ? {} : undefined);
    if (!state) return;
    // Turns of one conversation run one at a time (turnPipeline's lock), so the last write is the right one.
    state.eTag = '*';
    await this.storage.write({ [await this.storageKey(context)]: state });
  }

  override clear(context: TurnContext): Promise<void> {
    context.turnState.set(LOADED, {});
    return Promise.resolve();
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(LOADED);
    await this.storage.delete([await this.storageKey(context)]);
  }

  override get(context: TurnContext): StoreItem | undefined {
    return context.turnState.get(LOADED) as StoreItem | undefined;
  }
}
