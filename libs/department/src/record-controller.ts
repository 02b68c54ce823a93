import { Body, Param, Query, type PipeTransform, type Type } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import type { DomainEvent } from '@park-ledger/contracts';
import { fold, type Decider } from '@park-ledger/decider';
import { Command as CommandOf, type CommandContext } from './command-context';
import { CommandGateway } from './command-gateway';
import { CommandEndpoint, RecordEndpoint, RecordListEndpoint } from './endpoints';
import { importFields } from './imports/import-fields';
import { kebab, registerImportable } from './imports/importable-commands';
import { applicableCommands } from './records/applicable-commands';
import { ListRecordsRequest } from './records/list-records.request';
import { RecordReads } from './records/record-reads';
import { listingOf, registerListing, type DetailsFold } from './records/record-listing';
import type { ParkPlace } from './park-registry-check';
import { RECORD_ID, RecordIdPipe } from './record-id.pipe';

type AnyCommand = { readonly type: string; readonly occurredAt: string };

/** How a department's HTTP edge finds one kind of record: its decider and the path parameters that key it. */
export interface RecordKind<State, Command extends AnyCommand, Event extends DomainEvent> {
  readonly decider: Decider<State, Command, Event>;
  /** the path parameter(s) that name a record, in the order `streamId` takes them */
  readonly key: string | readonly string[];
  /** the stream of the record those parameters (or the command's fields of the same names) name */
  readonly streamId: (...key: string[]) => string;
  /** what one record is called in the summaries of its reads, e.g. 'hazard' */
  readonly record: string;
  /** the pipe that checks a key parameter, where it is not a record id (RecordIdPipe) */
  readonly pipes?: Readonly<Record<string, Type<PipeTransform>>>;
  /** the pattern such a pipe checks, for the OpenAPI document */
  readonly patterns?: Readonly<Record<string, string>>;
  /** the summaries of the two reads, where the record's name does not say enough */
  readonly reads?: readonly [current: string, history: string];
  /** how its details (what the list and a correction show) fold from its events, where merging the payloads does not say it */
  readonly details?: DetailsFold;
}

type CommandOfType<Command, T> = Extract<Command, { readonly type: T }>;

/** What a command does, for people: in Chinese, then in English. */
export type Summary = readonly [zh: string, en: string];

/** One command endpoint: the route, the command it records, its request body and what it does. */
export type CommandRoute<Command extends AnyCommand> = {
  [T in Command['type']]: {
    readonly path: string;
    readonly type: T;
    readonly request: Type<Partial<CommandOfType<Command, T>>>;
    /** what it does, in Chinese and in English (the operation's summary and x-summary-en) */
    readonly summary: Summary;
    /** the command names a place in the park, checked against the park registry when it is recorded */
    readonly inPark?: (command: CommandOfType<Command, T>) => ParkPlace;
  };
}[Command['type']];

/** Declares one command endpoint of a record controller's table: a line per command. */
export type CommandDeclarer<Command extends AnyCommand> = <T extends Command['type']>(
  path: string,
  type: T,
  request: Type<Partial<CommandOfType<Command, T>>>,
  summary: Summary,
  options?: { readonly inPark?: (command: CommandOfType<Command, T>) => ParkPlace },
) => CommandRoute<Command>;

const declare = ((path, type, request, summary, options = {}) =>
  ({ path, type, request, summary, ...options }) as unknown as CommandRoute<AnyCommand>) as CommandDeclarer<AnyCommand>;

const paramsOf = (path: string) => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]);

/** Placed in the park as the command itself says: its zoneId, platformId and phaseId. */
export const asPlaced = (command: ParkPlace): ParkPlace => command;

/**
 * The controller of one kind of record, from a table of its commands: each entry becomes a POST
 * whose body is validated against its request class, whose path parameters join the body to form
 * the command, and which goes through the command gateway. `GET /` (the list, from the inline read
 * model the gateway writes with each command), `GET /:key` and `GET /:key/events` are added. Put `@Controller(path)` and `@ApiTags(...)` on the class that extends it; an endpoint the
 * table cannot say (e.g. a bulk one) is a method of that class.
 */
export function RecordController<State, Command extends AnyCommand, Event extends DomainEvent>(
  kind: RecordKind<State, Command, Event>,
  table: (on: CommandDeclarer<Command>) => Readonly<Record<string, CommandRoute<Command>>>,
) {
  const routes = table(declare as unknown as CommandDeclarer<Command>);
  const keyNames: readonly string[] = typeof kind.key === 'string' ? [kind.key] : kind.key;
  const reads = kind.reads ?? [
    `The ${kind.record} as it stands, with its version (ETag)`,
    `Every event of the ${kind.record}, oldest first`,
  ];
  const keyPath = keyNames.map((name) => `:${name}`).join('/');
  const listing = listingOf(kind.decider, keyNames, kind.streamId, kind.details);
  registerListing(kind.decider, listing);

  class Records {
    constructor(
      readonly commands: CommandGateway,
      readonly records: RecordReads,
    ) {}
  }
  Reflect.defineMetadata('design:paramtypes', [CommandGateway, RecordReads], Records);
  const proto = Records.prototype as unknown as Record<string, unknown>;

  const bindParams = (method: string, names: readonly string[]) =>
    names.forEach((name, index) => {
      const pipe = kind.pipes?.[name] ?? RecordIdPipe;
      Param(name, pipe)(proto, method, index);
    });
  const define = (method: string, fn: (this: Records, ...args: never[]) => unknown) => {
    // named as the method: Swagger finds a handler's parameter types by its function's name
    Object.defineProperty(fn, 'name', { value: method });
    Object.defineProperty(proto, method, { value: fn, writable: true, configurable: true, enumerable: false });
    return Object.getOwnPropertyDescriptor(proto, method) as PropertyDescriptor;
  };
  /** Each key parameter in the document with the pattern its pipe checks. */
  const documentKey = (method: string, names: readonly string[] = keyNames) => {
    for (const name of names) {
      const pattern = kind.patterns?.[name] ?? RECORD_ID.source;
      ApiParam({ name, required: true, schema: { type: 'string', pattern } })(proto, method, Object.getOwnPropertyDescriptor(proto, method)!);
    }
  };
  const streamOf = (source: Readonly<Record<string, unknown>>) => kind.streamId(...keyNames.map((name) => String(source[name])));

  for (const [method, route] of Object.entries(routes)) {
    const params = paramsOf(route.path);
    const descriptor = define(method, function (this: Records, ...args: never[]) {
      const fromPath = Object.fromEntries(params.map((name, i) => [name, args[i]]));
      const body = args[params.length] as object;
      const context = args[params.length + 1] as CommandContext;
      const cmd = { type: route.type, ...fromPath, ...body } as unknown as Command;
      const place = route.inPark?.(cmd as never);
      return this.commands.handle(kind.decider, streamOf(cmd), cmd, context, place);
    });
    bindParams(method, params);
    Body()(proto, method, params.length);
    CommandOf()(proto, method, params.length + 1);
    Reflect.defineMetadata('design:paramtypes', [...params.map(() => String), route.request, Object], proto, method);
    CommandEndpoint(route.path, route.summary, { operationId: route.type })(proto, method, descriptor);
    documentKey(method, params);
  }

  // every command whose fields are flat is importable from a spreadsheet, one row per command
  const requests = Object.values(routes).map((route) => route.request as Type<unknown>);
  for (const route of Object.values(routes)) {
    const params = paramsOf(route.path);
    if (importFields(route.request, params, requests).some((field) => field.kind === 'nested')) continue;
    registerImportable({
      command: kebab(route.type),
      operationId: route.type,
      titleZh: route.summary[0],
      titleEn: route.summary[1],
      request: route.request,
      params,
      paramLabels: requests,
      keys: keyNames,
      paramPattern: (name) => new RegExp(kind.patterns?.[name] ?? RECORD_ID.source),
      streamOf: (command) => streamOf(command),
      creates: params.length === 0,
      place: route.inPark as ((command: Readonly<Record<string, unknown>>) => ParkPlace) | undefined,
      run: (gateway, command, context) =>
        gateway.handle(kind.decider, streamOf(command), command as unknown as Command, context, route.inPark?.(command as never)),
    });
  }

  const readPaths = { current: keyPath, history: `${keyPath}/events` } as const;
  const readKey = (args: readonly string[]) => Object.fromEntries(keyNames.map((name, i) => [name, args[i]]));
  const list = define('recordList', function (this: Records, request: ListRecordsRequest) {
    return this.records.list(listing.kind, request);
  });
  Query()(proto, 'recordList', 0);
  Reflect.defineMetadata('design:paramtypes', [ListRecordsRequest], proto, 'recordList');
  RecordListEndpoint(`The ${kind.record} records: filtered, sorted, a page at a time (keyset cursor)`)(proto, 'recordList', list);

  // the commands on a record that exists (a path parameter names it), for `commands` on its page
  const recordCommands = Object.values(routes).filter((route) => paramsOf(route.path).length > 0);
  const current = define('current', async function (this: Records, ...args: never[]) {
    const key = readKey(args);
    const streamId = streamOf(key);
    // the inline read model is written with the events: its row is the record as it stands
    let row = await this.records.one(streamId);
    const events = await this.commands.history(streamId);
    const version = events[events.length - 1].streamVersion;
    if (row && row.version !== version) row = await this.records.one(streamId);
    const state = fold(kind.decider, events as unknown as Event[]);
    const details = (row?.details ?? {}) as Record<string, unknown>;
    return {
      ...(row ?? { streamId, version, state }),
      commands: applicableCommands(kind.decider, state, recordCommands, key, details),
      history: events.map(({ eventId, type, streamVersion, occurredAt, recordedAt, actor, payload }) => ({
        eventId,
        type,
        streamVersion,
        occurredAt,
        recordedAt,
        actor,
        reason: typeof (payload as { reason?: unknown }).reason === 'string' ? (payload as { reason: string }).reason : null,
      })),
    };
  });
  const history = define('history', function (this: Records, ...args: never[]) {
    return this.commands.history(streamOf(readKey(args)));
  });
  for (const [method, descriptor, summary] of [
    ['current', current, reads[0]],
    ['history', history, reads[1]],
  ] as const) {
    bindParams(method, keyNames);
    Reflect.defineMetadata('design:paramtypes', keyNames.map(() => String), proto, method);
    RecordEndpoint(readPaths[method], summary, { history: method === 'history' })(proto, method, descriptor);
    documentKey(method);
  }
  return Records;
}
