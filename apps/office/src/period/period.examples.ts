import { eventOf, PeriodClosed, PeriodReopened, PeriodSignedOff } from '@park-ledger/contracts';

export const at = '2015-01-06T10:00:00+08:00';
export const digest = 'ab'.repeat(32);
export const closed = eventOf(PeriodClosed, { period: '2014', asOf: '2015-01-06T09:00:00+08:00', digest, figureCount: 400, closedBy: 'office-clerk' });
export const signedOff = eventOf(PeriodSignedOff, { period: '2014', signedBy: 'director' });
export const reopened = eventOf(PeriodReopened, { period: '2014', reopenedBy: 'office-clerk', reason: '12月企业月报更正' });
