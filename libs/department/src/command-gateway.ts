import { Inject, Injectable, Optional } from '@nestjs/common';
import type { DomainEvent, EventEnvelope } from '@park-ledger/contracts';
import { EventStore, NotFound, type Decider, type Precondition } from '@park-ledger/event-store';
import { checkBusinessTime, type BusinessTimeBounds } from './business-time';
import type { CommandContext } from './command-context';

export const BUSINESS_TIME_BOUNDS = Symbol('BUSINESS_TIME_BOUNDS');
/** Where a department that does not own the park registry checks a command's zone (the zone directory). */
export const ZONE_CHECK = Symbol('ZONE_CHECK');

export interface ZoneCheck {
  requireZone(zoneId: string): Promise<void>;
}

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
 * check → decide → append. The checks are the precondition (records of this service the command
 * names, e.g. the park registry) and, where a zone directory is configured and the command names a
 * zone, that zone.
 */
@Injectable()
export class CommandGateway {
  constructor(
    private readonly store: EventStore,
    @Inject(BUSINESS_TIME_BOUNDS) private readonly bounds: BusinessTimeBounds,
    @Optional() @Inject(ZONE_CHECK) private readonly zones?: ZoneCheck,
  ) {}

  async handle<State, Command extends { readonly occurredAt: string }, Event extends DomainEvent>(
    decider: Decider<State, Command, Event>,
    streamId: string,
    command: Command,
    context: CommandContext,
    precondition?: Precondition,
  ): Promise<CommandAccepted> {
    const occurredAt = checkBusinessTime(command.occurredAt, this.bounds);
    const result = await this.store.handle(decider, streamId, command, {
      expectedVersion: context.expectedVersion,
      idempotencyKey: context.idempotencyKey,
      precondition: this.withZoneCheck(command, precondition),
      metadata: { actor: context.actor, correlationId: context.correlationId, occurredAt },
    });
    return {
      streamId: result.streamId,
      version: result.nextExpectedVersion,
      events: result.events.map(({ eventId, type, streamVersion }) => ({ eventId, type, streamVersion })),
    };
  }

  /**
   * The zone directory's check joins the command's precondition, so that it runs where the store
   * runs checks: after a retried request's stored answer is looked up (a retry whose zone was voided
   * since still gets its first answer), and again on the stored path before a refusal is final.
   */
  private withZoneCheck(command: object, precondition: Precondition | undefined): Precondition | undefined {
    const zones = this.zones;
    const zoneId = (command as { readonly zoneId?: unknown }).zoneId;
    if (!zones || typeof zoneId !== 'string') return precondition;
    return async (read) => {
      await zones.requireZone(zoneId);
      await precondition?.(read);
    };
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
