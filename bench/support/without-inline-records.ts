// Preloaded (`node -r`) into a department service for the write-path benchmark only: the event store
// appends without the record's row of the inline read model, so the same service, the same requests
// and the same statement show what that row costs.
import { EventStore } from '@park-ledger/event-store';

const handle = EventStore.prototype.handle;
EventStore.prototype.handle = function (this: EventStore, ...args: Parameters<EventStore['handle']>) {
  const [decider, streamId, command, options] = args;
  return handle.call(this, decider, streamId, command, { ...options, inline: undefined });
} as EventStore['handle'];
