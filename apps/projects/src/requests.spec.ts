import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

type RequestClass = new () => object;

/** Each command's request, `<aggregate>/<command>/<command>.request.ts`; `<aggregate>.request.ts` holds shared fields. */
const requestFiles = (readdirSync(__dirname, { recursive: true }) as string[]).filter((file) => {
  const [, command, name, ...deeper] = file.split(sep);
  return deeper.length === 0 && name === `${command}.request.ts`;
});
const requestClasses: [string, RequestClass][] = requestFiles.flatMap((file) =>
  Object.entries(require(join(__dirname, file)) as Record<string, RequestClass>),
);

/** The body documented in OpenAPI: every property's example. */
const exampleBody = (requestClass: RequestClass): Record<string, unknown> => {
  const names: string[] = Reflect.getMetadata('swagger/apiModelPropertiesArray', requestClass.prototype) ?? [];
  return Object.fromEntries(
    names.map((name) => name.replace(/^:/, '')).map((name) => {
      const property = Reflect.getMetadata('swagger/apiModelProperties', requestClass.prototype, name);
      return [name, property.example];
    }),
  );
};

const problemsOf = (requestClass: RequestClass, body: unknown) =>
  validateSync(plainToInstance(requestClass, body), { whitelist: true, forbidNonWhitelisted: true }).map(
    (error) => error.property,
  );

describe('every request DTO of the projects service', () => {
  it('is found', () => expect(requestClasses.length).toBeGreaterThanOrEqual(32));

  it.each(requestClasses)('%s accepts its own OpenAPI example', (_name, requestClass) => {
    const body = exampleBody(requestClass);
    expect(Object.keys(body)).toContain('occurredAt');
    expect(problemsOf(requestClass, body)).toEqual([]);
  });

  it.each(requestClasses)('%s refuses unknown fields and a business time without an offset', (_name, requestClass) => {
    const body = exampleBody(requestClass);
    expect(problemsOf(requestClass, { ...body, isAdmin: true })).toEqual(['isAdmin']);
    expect(problemsOf(requestClass, { ...body, occurredAt: '2014-03-15T09:00:00' })).toEqual(['occurredAt']);
    expect(problemsOf(requestClass, { ...body, occurredAt: '2014-03-15' })).toEqual(['occurredAt']);
  });
});

describe('a request with bad values', () => {
  const named = (wanted: string) => {
    const found = requestClasses.find(([name]) => name === wanted);
    if (!found) throw new Error(`no request class ${wanted}`);
    return found[1];
  };
  const register = named('RegisterProjectLeadRequest');
  const progress = named('ReportWorkProgressRequest');
  const schedule = named('ReviseWorkScheduleRequest');

  it('names each bad field', () => {
    const body = exampleBody(register);
    expect(
      problemsOf(register, {
        ...body,
        projectId: 'has spaces',
        nameZh: '',
        nameEn: null,
        plannedInvestmentYuan: 1.5,
        zoneId: 'x'.repeat(65),
      }).sort(),
    ).toEqual(['nameEn', 'nameZh', 'plannedInvestmentYuan', 'projectId', 'zoneId']);
  });

  it('refuses progress above 100% or below 0%', () => {
    expect(problemsOf(progress, { ...exampleBody(progress), percentComplete: 101 })).toEqual(['percentComplete']);
    expect(problemsOf(progress, { ...exampleBody(progress), percentComplete: -1 })).toEqual(['percentComplete']);
  });

  it('takes null as "no date expected" but refuses a missing date', () => {
    const { expectedStartOn: _omitted, ...rest } = exampleBody(schedule);
    expect(problemsOf(schedule, { ...rest, expectedStartOn: null })).toEqual([]);
    expect(problemsOf(schedule, rest)).toEqual(['expectedStartOn']);
  });
});
