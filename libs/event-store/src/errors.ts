export class ConcurrencyConflict extends Error {
  override readonly name = 'ConcurrencyConflict';
  readonly httpStatus = 409;
  readonly code = 'concurrency-conflict';
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number | 'exists',
    readonly actualVersion?: number,
  ) {
    super(
      expectedVersion === 'exists'
        ? `Stream ${streamId} does not exist (If-Match: * asks that it does)`
        : actualVersion === undefined
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
