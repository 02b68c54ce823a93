import { eventOf, HolidayDeclared, ObligationDeadlineExtended, ObligationRuleSet } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { obligationCalendarDecider as calendar } from './obligation-calendar';

const at = '2014-01-02T09:00:00+08:00';
const rule = { ruleId: 'enterprise-monthly-return', department: 'projects', subject: 'enterprise', dueDay: 10, labelZh: '企业月报', labelEn: 'returns', reason: '年度安排' } as const;
const holiday = eventOf(HolidayDeclared, { year: 2014, date: '2014-10-10', nameZh: '国庆调休' });

describe("a year's calendar", () => {
  it('sets a rule', () =>
    given(calendar).when({ type: 'SetObligationRule', year: '2014', occurredAt: at, ...rule }).then([eventOf(ObligationRuleSet, { year: 2014, ...rule })]));
  it('extends a month’s deadline for one enterprise', () =>
    given(calendar)
      .when({ type: 'ExtendDeadline', year: '2014', occurredAt: at, ruleId: rule.ruleId, month: '2014-01', subjectId: 'jinghao', until: '2014-02-17', reason: '春节' })
      .then([eventOf(ObligationDeadlineExtended, { year: 2014, ruleId: rule.ruleId, month: '2014-01', subjectId: 'jinghao', until: '2014-02-17', reason: '春节' })]));
  it('refuses an extension to a day in the month reported on', () =>
    given(calendar)
      .when({ type: 'ExtendDeadline', year: '2014', occurredAt: at, ruleId: rule.ruleId, month: '2014-01', until: '2014-01-31', reason: 'x' })
      .thenThrows('until-before-due'));
  it('declares a holiday once', () => {
    given(calendar).when({ type: 'DeclareHoliday', year: '2014', occurredAt: at, date: '2014-10-10', nameZh: '国庆调休' }).then([holiday]);
    given(calendar, [holiday]).when({ type: 'DeclareHoliday', year: '2014', occurredAt: at, date: '2014-10-10', nameZh: '国庆调休' }).thenThrows('holiday-declared');
  });
});
