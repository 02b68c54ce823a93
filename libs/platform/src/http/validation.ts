import { BadRequestException, ValidationPipe, type ArgumentMetadata, type PipeTransform, ValidationError } from '@nestjs/common';
import { cacheValidationMetadata } from './validation-metadata-cache';

/**
 * Flattens nested class-validator errors into messages that start with the field's full path. A
 * required field that is missing says only that (its IsDefined message), not every rule a value breaks.
 */
export function validationMessages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const constraints = error.constraints?.['isDefined'] ? { isDefined: error.constraints['isDefined'] } : (error.constraints ?? {});
    const own = Object.values(constraints).map((m) => `${path}: ${m}`);
    return [...own, ...validationMessages(error.children ?? [], path)];
  });
}

/** One broken rule of one field, for a client to show at that field (and translate by its constraint). */
export interface FieldError {
  /** the field's full path, e.g. `areaMu` or `items.0.amount` */
  readonly field: string;
  /** the class-validator constraint broken, e.g. `isInt`, `min`, `isDefined`, `whitelistValidation` */
  readonly constraint: string;
  /** in English, without the path */
  readonly message: string;
}

/** The same errors as `validationMessages`, one per field and constraint, with the path apart from the message. */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = error.constraints?.['isDefined'] ? { isDefined: error.constraints['isDefined'] } : (error.constraints ?? {});
    const own = Object.entries(constraints).map(([constraint, message]) => ({ field, constraint, message }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

export const validationErrorFactory = (errors: ValidationError[]) =>
  new BadRequestException({ statusCode: 400, error: 'BadRequest', message: validationMessages(errors), errors: fieldErrors(errors) });

/**
 * Validates every DTO. Bodies must hold nothing the DTO does not name (400 naming the field); a
 * query string may carry parameters the route does not take (caches and proxies add them) and they
 * are dropped, as OpenAPI cannot say "no other query parameters".
 */
export class RequestValidationPipe implements PipeTransform {
  private readonly strict = new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationErrorFactory,
  });
  private readonly lenient = new ValidationPipe({ whitelist: true, transform: true, exceptionFactory: validationErrorFactory });

  constructor() {
    cacheValidationMetadata();
  }

  transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    return (metadata.type === 'query' ? this.lenient : this.strict).transform(value, metadata);
  }
}
