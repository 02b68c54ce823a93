import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsOptional, IsString, Max, Min, ValidateNested, validateSync, type ValidationError } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

class Amount {
  @IsInt() @Min(0) value!: number;
}

class Base {
  @IsDefined() @IsString() zoneId!: string;
  @IsOptional() @IsInt({ groups: ['strict'] }) @Max(10, { groups: ['strict'] }) rank?: number;
}

class Child extends Base {
  @IsDefined() @ValidateNested() @Type(() => Amount) amount!: Amount;
  // overrides the inherited rule of the same kind
  @IsDefined() @IsString() declare zoneId: string;
}

const errorsOf = (object: object, groups?: string[]) =>
  validateSync(object, { whitelist: true, forbidNonWhitelisted: true, groups }).map(flatten);
const flatten = (e: ValidationError): unknown => ({ property: e.property, constraints: e.constraints, children: (e.children ?? []).map(flatten) });

const samples = (): object[] => [
  Object.assign(new Child(), { zoneId: 'chengbei', amount: Object.assign(new Amount(), { value: 5 }) }),
  Object.assign(new Child(), { zoneId: 7, amount: Object.assign(new Amount(), { value: -1 }), extra: true }),
  Object.assign(new Child(), { rank: 50 }),
  Object.assign(new Base(), { zoneId: 'salt', rank: 'high' }),
  new Amount(),
];

describe('validation rules worked out once per class', () => {
  const before = samples().flatMap((s) => [errorsOf(s), errorsOf(s, ['strict'])]);

  it('give the errors class-validator gives without them, for inherited, overridden, nested and grouped rules', () => {
    cacheValidationMetadata();
    cacheValidationMetadata(); // a second call changes nothing
    for (let round = 0; round < 3; round++) {
      expect(samples().flatMap((s) => [errorsOf(s), errorsOf(s, ['strict'])])).toEqual(before);
    }
    expect(before.some((errors) => errors.length > 0)).toBe(true);
  });

  it('see a rule added after the first validation (a class decorated later)', () => {
    cacheValidationMetadata();
    class Late {
      @IsInt() n!: number;
    }
    expect(errorsOf(Object.assign(new Late(), { n: 1 }))).toEqual([]);
    expect(errorsOf(Object.assign(new Late(), { n: 'x' }))).toEqual([{ property: 'n', constraints: { isInt: 'n must be an integer number' }, children: [] }]);
    // a rule added to a class whose rules were already worked out
    Min(5)(Late.prototype, 'n');
    expect(errorsOf(Object.assign(new Late(), { n: 1 }))).toEqual([{ property: 'n', constraints: { min: 'n must not be less than 5' }, children: [] }]);
    class Later extends Late {
      @Max(8) declare n: number;
    }
    expect(errorsOf(Object.assign(new Later(), { n: 9 }))).toEqual([{ property: 'n', constraints: { max: 'n must not be greater than 8' }, children: [] }]);
  });
});
