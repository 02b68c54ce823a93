import { given } from '@park-ledger/decider/testing';
import { periodDecider } from '../period';
import { at, closed, reopened, signedOff } from '../period.examples';
import type { ReopenPeriod } from './reopen-period';

const reopen: ReopenPeriod = { type: 'ReopenPeriod', period: '2014', occurredAt: at, reopenedBy: 'office-clerk', reason: '12月企业月报更正' };

describe('a closed or signed-off period', () => {
  it('is reopened with the reason', () => given(periodDecider, [closed]).when(reopen).then([reopened]));
  it('is reopened after sign-off too', () => given(periodDecider, [closed, signedOff]).when(reopen).then([reopened]));
});

describe('an open period', () => {
  it('cannot be reopened', () => given(periodDecider).when(reopen).thenThrows('period-not-closed'));
});
