import type { ValidationError } from '@nestjs/common';
import { validationMessages } from './validation';

const error = (property: string, constraints: Record<string, string>, children: ValidationError[] = []): ValidationError => ({
  property,
  constraints,
  children,
});

describe('validation messages', () => {
  it('say only that a missing required field is required, not every rule an absent value breaks', () => {
    const missing = error('year', { isDefined: 'year is required', isInt: 'year must be an integer', min: 'year must not be less than 1990' });
    expect(validationMessages([missing])).toEqual(['year: year is required']);
  });

  it('name every rule a present value breaks, each with its full path', () => {
    const nested = error('body', {}, [error('count', { isInt: 'count must be an integer', min: 'count must not be less than 0' })]);
    expect(validationMessages([nested])).toEqual(['body.count: count must be an integer', 'body.count: count must not be less than 0']);
  });
});
