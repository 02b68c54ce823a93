import { ConflictException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import type { RedriveResult } from '@park-ledger/messaging';

/** The consumer's redrive outcome as an HTTP answer. */
export function redriveResponse(id: string, result: RedriveResult) {
  switch (result.status) {
    case 'applied':
    case 'duplicate':
    case 'held':
      return { id, status: result.status };
    case 'not-found':
      throw new NotFoundException({ statusCode: 404, error: 'NotFound', message: `no parked event ${id}` });
    case 'already-redriven':
      throw new ConflictException({ statusCode: 409, error: 'AlreadyRedriven', message: `parked event ${id} was already redriven` });
    case 'failed':
      throw new UnprocessableEntityException({ statusCode: 422, error: 'StillUnapplicable', message: result.reason });
  }
}
