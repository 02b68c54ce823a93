import { type Decider, NotFound } from '@park-ledger/decider';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { DomainEvent, EventEnvelope } from '@park-ledger/contracts';
import { EventStore, type Precondition } from '@park-ledger/event-store';
import { checkBusinessTime, type BusinessTimeBounds } from './business-time';
import type { CommandContext } from './command-context';
import { listingByDecider, type Listed } from './records/record-listing';
import { PARK_REGISTRY_CHECK, type ParkPlace, type ParkRegistryCheck } from './park-registry-check';

export const BUSINESS_TIME_BOUNDS = Symbol('BUSINESS_TIME_BOUNDS');

export interface CommandAccepted {
  readonly streamId: string;
  /** the record's version after the command: send it back as If-Match to edit on top of it */
  readonly version: number;
  readonly events: readonly Pick<EventEnvelope, 'eventId' | 'type' | 'streamVersion'>[];
}

export interface RecordView<State> {
  readonly streamId: string;
  readonly version: number;
  readonly state: State;
}

/**
 * The write path of every department endpoint: business time checked, then the event store's
 * check → decide → append. Where the command's route declares that it names a place in the park,
 * the park registry check is the command's precondition: it runs where the store runs checks, after
 * a retried request's stored answer is looked up (a retry whose zone was voided since still gets its
 * first answer), and again on the stored path before a refusal is final.
 */
@Injectable()
export class CommandGateway {
  constructor(
    private readonly store: EventStore,
    @Inject(BUSINESS_TIME_BOUNDS) private readonly bounds: BusinessTimeBounds,
    @Optional() @Inject(PARK_REGISTRY_CHECK) private readonly registry?: ParkRegistryCheck,
  ) {}

  async handle<State, Command extends { readonly occurredAt: string }, Event extends DomainEvent>(
    decider: Decider<State, Command, Event>,
    streamId: string,
    command: Command,
    context: CommandContext,
    place?: ParkPlace,
  ): Promise<CommandAccepted> {
    const occurredAt = checkBusinessTime(command.occurredAt, this.bounds);
    // a listed kind of record is written with its row of the inline read model, in the same statement
    const listing = listingByDecider(decider);
    const result = await this.store.handle((listing?.decider ?? decider) as typeof decider, streamId, command, {
      inline: listing && ((state, events) => listing.row(state as Listed<unknown>, events)),
      expectedVersion: context.expectedVersion,
      idempotencyKey: context.idempotencyKey,
      precondition: this.preconditionOf(place),
      metadata: { actor: context.actor, correlationId: context.correlationId, occurredAt },
    });
    return {
      streamId: result.streamId,
      version: result.nextExpectedVersion,
      events: result.events.map(({ eventId, type, streamVersion }) => ({ eventId, type, streamVersion })),
    };
  }

  private preconditionOf(place: ParkPlace | undefined): Precondition | undefined {
    if (place === undefined) return undefined;
    if (!this.registry) throw new Error('a command names a place in the park, but no park registry check is provided');
    return this.registry.requires(place);
  }

  async current<State>(
    decider: Pick<Decider<State, never, DomainEvent>, 'evolve' | 'initialState'>,
    streamId: string,
  ): Promise<RecordView<State>> {
    const { state, version } = await this.store.aggregateStream(decider, streamId);
    if (version === 0) throw new NotFound(`No record ${streamId}`);
    return { streamId, version, state };
  }

  async history(streamId: string): Promise<EventEnvelope[]> {
    const events = await this.store.readStream(streamId);
    if (events.length === 0) throw new NotFound(`No record ${streamId}`);
    return events;
  }
}
