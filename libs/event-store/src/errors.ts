/** A command broke a business rule; `code` is stable for clients, `message` is for people. */
export class DomainRuleViolation extends Error {
  override readonly name = 'DomainRuleViolation';
  readonly httpStatus = 422;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class NotFound extends Error {
  override readonly name = 'NotFound';
  readonly httpStatus = 404;
  readonly code = 'not-found';
}

export class ConcurrencyConflict extends Error {
  override readonly name = 'ConcurrencyConflict';
  readonly httpStatus = 409;
  readonly code = 'concurrency-conflict';
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion?: number,
  ) {
    super(
      actualVersion === undefined
        ? `Stream ${streamId} changed since version ${expectedVersion}; reload and retry`
        : `Stream ${streamId} is at version ${actualVersion}, expected ${expectedVersion}`,
    );
  }
}

export class IdempotencyConflict extends Error {
  override readonly name = 'IdempotencyConflict';
  readonly httpStatus = 409;
  readonly code = 'idempotency-conflict';
  constructor(readonly idempotencyKey: string) {
    super(`Idempotency key ${idempotencyKey} was already used for a different request`);
  }
}
