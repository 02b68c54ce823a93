import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { OrderRectificationRequest } from './hazard/order-rectification/order-rectification.request';
import { RegisterEnvironmentalFacilityRequest } from './environmental-facility/register-environmental-facility/register-environmental-facility.request';
import { SendReminderBatchRequest } from './reminder-batch/send-reminder-batch/send-reminder-batch.request';

const problemsOf = <T extends object>(cls: new () => T, body: object) => {
  const flatten = (errors: ValidationError[], parent = ''): string[] =>
    errors.flatMap((e) => {
      const path = parent ? `${parent}.${e.property}` : e.property;
      return [...Object.keys(e.constraints ?? {}).map((c) => `${path}:${c}`), ...flatten(e.children ?? [], path)];
    });
  return flatten(validateSync(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true })).sort();
};

const occurredAt = '2014-06-30T10:00:00+08:00';

describe('a reminder batch request body', () => {
  const batch = { batchId: '2014-06-sms-salt', occurredAt, channel: 'door-to-door', zoneId: 'fucheng', count: 260 };

  it('passes when well formed', () => expect(problemsOf(SendReminderBatchRequest, batch)).toEqual([]));

  it('names each bad field', () =>
    expect(
      problemsOf(SendReminderBatchRequest, { ...batch, occurredAt: '2014-06-30', channel: 'fax', count: 0, note: 'x' }),
    ).toEqual(['channel:isIn', 'count:min', 'note:whitelistValidation', 'occurredAt:isIsoDateTimeWithOffset']));
});

describe('a rectification order request body', () => {
  it('needs a real boolean and a calendar date', () =>
    expect(
      problemsOf(OrderRectificationRequest, { occurredAt, stopProduction: 'yes', rectifyBy: '2014-02-30' }),
    ).toEqual(['rectifyBy:isIso8601', 'stopProduction:isBoolean']));
});

describe('a facility request body', () => {
  const plant = {
    facilityId: 'salt-base-wwtp',
    occurredAt,
    nameZh: '盐化基地污水处理厂',
    zoneId: 'salt-chemical-base',
    works: [{ workId: 'emergency-pool', nameZh: '应急调节池建设' }],
  };

  it('passes when well formed', () => expect(problemsOf(RegisterEnvironmentalFacilityRequest, plant)).toEqual([]));

  it('validates each nested work and bounds the list', () => {
    expect(problemsOf(RegisterEnvironmentalFacilityRequest, { ...plant, works: [{ workId: 'bad id', nameZh: '池' }] })).toEqual([
      'works.0.workId:matches',
    ]);
    const works = Array.from({ length: 51 }, (_, i) => ({ workId: `w${i}`, nameZh: '工程' }));
    expect(problemsOf(RegisterEnvironmentalFacilityRequest, { ...plant, works })).toEqual(['works:arrayMaxSize']);
  });
});
