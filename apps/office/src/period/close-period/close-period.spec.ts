import { given } from '@park-ledger/decider/testing';
import { periodDecider } from '../period';
import { at, closed, digest, reopened, signedOff } from '../period.examples';
import type { ClosePeriod } from './close-period';

const close: ClosePeriod = {
  type: 'ClosePeriod',
  period: '2014',
  occurredAt: at,
  asOf: '2015-01-06T09:00:00+08:00',
  digest,
  figureCount: 400,
  closedBy: 'office-clerk',
};

describe('an open period', () => {
  it('is closed with who, the moment of its figures and their digest', () => given(periodDecider).when(close).then([closed]));
  it('is closed again after a reopening', () => given(periodDecider, [closed, reopened]).when(close).then([closed]));
  it('refuses figures as known after the close', () =>
    given(periodDecider).when({ ...close, asOf: '2015-01-06T11:00:00+08:00' }).thenThrows('as-of-after-close'));
});

describe('a closed period', () => {
  it('refuses a second close', () => given(periodDecider, [closed]).when(close).thenThrows('period-closed'));
  it('refuses a close once signed off', () => given(periodDecider, [closed, signedOff]).when(close).thenThrows('period-closed'));
});
