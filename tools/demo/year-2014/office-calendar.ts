// The committee office's calendar for 2014 (报送日历): enterprises' monthly returns by the 10th of the
// next month, the safety department's monthly tallies by the 5th, and January's returns extended past
// the Spring Festival holiday (31 January - 6 February 2014).
import { at, demoRecord, step, type DemoRecord } from '../demo-record';

export const officeCalendarRecords = (): DemoRecord[] => [
  demoRecord('office', 'obligation-calendar-2014', [
    step('/obligation-calendars/2014/rules', {
      occurredAt: at('2014-01-02'),
      ruleId: 'enterprise-monthly-return',
      department: 'projects',
      subject: 'enterprise',
      dueDay: 10,
      labelZh: '企业经济指标月报',
      labelEn: "enterprises' monthly economic returns",
      reason: '管委会2014年统计报表制度：规模以上企业次月10日前报送',
    }),
    step('/obligation-calendars/2014/rules', {
      occurredAt: at('2014-01-02'),
      ruleId: 'safety-monthly-tally',
      department: 'safety',
      subject: 'department',
      dueDay: 5,
      labelZh: '安全生产常提醒、常检查月度台账',
      labelEn: "the safety department's monthly reminder and inspection tallies",
      reason: '管委会2014年安全生产工作要点',
    }),
    step('/obligation-calendars/2014/extensions', {
      occurredAt: at('2014-01-27'),
      ruleId: 'enterprise-monthly-return',
      month: '2014-01',
      until: '2014-02-14',
      reason: '春节假期（1月31日至2月6日），1月月报顺延至2月14日',
    }),
  ]),
];
