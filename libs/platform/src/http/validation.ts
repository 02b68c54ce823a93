import { BadRequestException, ValidationError } from '@nestjs/common';

/** Flattens nested class-validator errors into messages that start with the field's full path. */
export function validationMessages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((m) => `${path}: ${m}`);
    return [...own, ...validationMessages(error.children ?? [], path)];
  });
}

export const validationErrorFactory = (errors: ValidationError[]) =>
  new BadRequestException({ statusCode: 400, error: 'BadRequest', message: validationMessages(errors) });
