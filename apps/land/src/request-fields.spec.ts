import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { IdentifyIdleParcelRequest } from './idle-parcel/identify-idle-parcel/identify-idle-parcel.request';
import { ListExpansionPlanRequest } from './expansion-plan/list-expansion-plan/list-expansion-plan.request';

const problemsOf = <T extends object>(cls: new () => T, body: object) => {
  const flatten = (errors: ValidationError[], parent = ''): string[] =>
    errors.flatMap((e) => {
      const path = parent ? `${parent}.${e.property}` : e.property;
      return [...Object.keys(e.constraints ?? {}).map((c) => `${path}:${c}`), ...flatten(e.children ?? [], path)];
    });
  return flatten(validateSync(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true })).sort();
};

const parcel = {
  parcelId: 'P-2014-01',
  occurredAt: '2014-06-30T10:00:00+08:00',
  category: 'supplied-unused',
  zoneId: 'chengbei',
  enterpriseNameZh: '新瑭虹',
  idleAreaCentiMu: 50_000,
};

describe('an idle parcel request body', () => {
  it('passes when well formed', () => expect(problemsOf(IdentifyIdleParcelRequest, parcel)).toEqual([]));

  it('names each bad field', () =>
    expect(
      problemsOf(IdentifyIdleParcelRequest, {
        ...parcel,
        occurredAt: '2014-06-30T10:00:00',
        category: 'abandoned',
        zoneId: '-bad id',
        idleAreaCentiMu: 12.5,
        enterpriseNameEn: '',
        extra: 1,
      }),
    ).toEqual([
      'category:isIn',
      'enterpriseNameEn:isLength',
      'extra:whitelistValidation',
      'idleAreaCentiMu:isInt',
      'occurredAt:isIsoDateTimeWithOffset',
      'zoneId:matches',
    ]));
});

describe('an expansion plan request body', () => {
  const plan = {
    planId: 'expansion-2014',
    occurredAt: '2014-09-15T10:00:00+08:00',
    nameZh: '扩区调区',
    listedByZh: '江西省人民政府',
    approvedAreaBeforeCentiHectares: 30_000,
    plannedAreaCentiHectares: 166_100,
    preparatoryTasks: [{ taskId: 'feasibility-report', nameZh: '可研报告' }],
  };

  it('passes when well formed', () => expect(problemsOf(ListExpansionPlanRequest, plan)).toEqual([]));

  it('validates nested tasks and bounds the list', () => {
    expect(problemsOf(ListExpansionPlanRequest, { ...plan, preparatoryTasks: [{ taskId: 'x', nameZh: '', more: 1 }] })).toEqual([
      'preparatoryTasks.0.more:whitelistValidation',
      'preparatoryTasks.0.nameZh:isLength',
    ]);
    expect(problemsOf(ListExpansionPlanRequest, { ...plan, preparatoryTasks: [] })).toEqual(['preparatoryTasks:arrayMinSize']);
  });
});
