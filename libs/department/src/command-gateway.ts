import { type Decider, NotFound } from '@park-ledger/decider';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { EventRegistry, type DomainEvent, type EventEnvelope, type LateChange } from '@park-ledger/contracts';
import { EventStore, type Precondition } from '@park-ledger/event-store';
import { checkBusinessTime, type BusinessTimeBounds } from './business-time';
import type { CommandContext } from './command-context';
import { listingByDecider, type Listed } from './records/record-listing';
import { PARK_REGISTRY_CHECK, type ParkPlace, type ParkRegistryCheck } from './park-registry-check';
import { parkMonth, PeriodCloseDirectory } from './period-closes/period-close-directory';

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

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
 * first answer), and again on the stored path before a refusal is final. Where the department keeps the
 * office's closes, a change (an event that declares `late`: corrections and voids) whose business months
 * fall in a closed period is recorded with its `late` mark, never refused.
 */
@Injectable()
export class CommandGateway {
  constructor(
    private readonly store: EventStore,
    @Inject(BUSINESS_TIME_BOUNDS) private readonly bounds: BusinessTimeBounds,
    private readonly events: EventRegistry,
    @Optional() @Inject(PARK_REGISTRY_CHECK) private readonly registry?: ParkRegistryCheck,
    @Optional() private readonly closes?: PeriodCloseDirectory,
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
    const late = await this.lateMarkOf(streamId, command, occurredAt);
    const deciding = this.marking((listing?.decider ?? decider) as typeof decider, late);
    const result = await this.store.handle(deciding, streamId, command, {
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

  /** The business months of a command: when it happened, and the month its record is about (a return's). */
  private async lateMarkOf(streamId: string, command: { readonly occurredAt: string }, occurredAt: string): Promise<LateChange | null> {
    if (!this.closes) return null;
    const month = (command as { readonly month?: unknown }).month;
    const months = [parkMonth(occurredAt), ...(typeof month === 'string' && YEAR_MONTH.test(month) ? [month] : [])];
    return this.closes.lateMarkFor(streamId, months);
  }

  /** The decider, its events that declare `late` (changes with a reason) carrying the mark. */
  private marking<State, Command, Event extends DomainEvent>(decider: Decider<State, Command, Event>, late: LateChange | null): Decider<State, Command, Event> {
    if (!late) return decider;
    const declares = (type: string) => (this.events.definitionOf(type)?.payload as { readonly keys?: readonly string[] } | undefined)?.keys?.includes('late') ?? false;
    return {
      ...decider,
      decide: (command, state) =>
        decider.decide(command, state).map((e) => (declares(e.type) ? ({ ...e, payload: { ...(e.payload as object), late } } as Event) : e)),
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
