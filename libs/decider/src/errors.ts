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

/** The command is about a record that does not exist. */
export class NotFound extends Error {
  override readonly name = 'NotFound';
  readonly httpStatus = 404;
  readonly code = 'not-found';
}
