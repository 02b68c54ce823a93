import { BadRequestException, Injectable } from '@nestjs/common';
import { CommandGateway, type CommandContext } from '@park-ledger/department';
import { toErrorBody, validationMessages } from '@park-ledger/platform';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { economicReturnDecider, economicReturnStreamId } from './economic-return/economic-return';
import { SubmitEconomicReturnRequest } from './economic-return/submit-economic-return/submit-economic-return.request';
import type { BulkItemResult, SubmitEconomicReturnsInBulkResponse } from './economic-returns-in-bulk.request';

/** Streams (enterprise and month) recorded at once; stays well below the database pool. */
const CONCURRENT_STREAMS = 8;

export interface ValidItem {
  readonly index: number;
  readonly streamId: string;
  readonly request: SubmitEconomicReturnRequest;
}

/** Validates one item as the single endpoint would, naming its fields `returns.<index>.<field>`. */
export const validItem = (item: unknown, index: number): ValidItem | BulkItemResult => {
  const refused = (message: string[]): BulkItemResult => ({ index, status: 400, error: 'BadRequest', message });
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return refused([`returns.${index}: must be an object`]);
  const request = plainToInstance(SubmitEconomicReturnRequest, item);
  const errors = validateSync(request, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) return refused(validationMessages(errors, `returns.${index}`));
  return { index, streamId: economicReturnStreamId(request.enterpriseId, request.month), request };
};

/** Items of one stream stay in request order, so a second return for a month meets the first. */
export const lanesByStream = (items: readonly ValidItem[]): ValidItem[][] => {
  const lanes = new Map<string, ValidItem[]>();
  for (const item of items) {
    const lane = lanes.get(item.streamId);
    if (lane) lane.push(item);
    else lanes.set(item.streamId, [item]);
  }
  return [...lanes.values()];
};

const isValid = (parsed: ValidItem | BulkItemResult): parsed is ValidItem => 'request' in parsed;

/** Each return is its own command and transaction: one refused item never affects another. */
@Injectable()
export class SubmitEconomicReturnsInBulk {
  constructor(
    private readonly commands: CommandGateway,
  ) {}

  async submit(returns: readonly unknown[], context: CommandContext): Promise<SubmitEconomicReturnsInBulkResponse> {
    if (context.expectedVersion !== undefined) {
      throw new BadRequestException({ statusCode: 400, error: 'BadRequest', message: ['If-Match: not accepted on a bulk submission'] });
    }
    const parsed = returns.map(validItem);
    const results = parsed.map((item) => (isValid(item) ? undefined : item));
    const queue = lanesByStream(parsed.filter(isValid));
    const worker = async () => {
      for (let lane = queue.shift(); lane; lane = queue.shift()) {
        for (const item of lane) results[item.index] = await this.one(item, context);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_STREAMS, queue.length) }, worker));
    const done = results as BulkItemResult[];
    const accepted = done.filter((result) => result.status === 200).length;
    return { results: done, accepted, rejected: done.length - accepted };
  }

  private async one({ index, streamId, request }: ValidItem, context: CommandContext): Promise<BulkItemResult> {
    try {
      const idempotencyKey = context.idempotencyKey === undefined ? undefined : `${context.idempotencyKey}:${index}`;
      const command = { type: 'SubmitEconomicReturn' as const, ...request };
      const itemContext = { ...context, idempotencyKey };
      const { version } = await this.commands.handle(economicReturnDecider, streamId, command, itemContext, request);
      return { index, status: 200, streamId, version };
    } catch (error) {
      const { statusCode, error: code, message } = toErrorBody(error);
      if (![400, 404, 409, 422].includes(statusCode)) throw error;
      const named = Array.isArray(message) ? message.map((m) => `returns.${index}.${m}`) : message;
      return { index, status: statusCode as BulkItemResult['status'], streamId, error: code, message: named };
    }
  }
}
