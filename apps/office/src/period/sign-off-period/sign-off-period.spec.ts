import { given } from '@park-ledger/decider/testing';
import { periodDecider } from '../period';
import { at, closed, reopened, signedOff } from '../period.examples';
import type { SignOffPeriod } from './sign-off-period';

const signOff: SignOffPeriod = { type: 'SignOffPeriod', period: '2014', occurredAt: at, signedBy: 'director' };

describe('a closed period', () => {
  it('is signed off by the director', () => given(periodDecider, [closed]).when(signOff).then([signedOff]));
  it('is never signed off by whoever closed it', () =>
    given(periodDecider, [closed]).when({ ...signOff, signedBy: 'office-clerk' }).thenThrows('same-person-closes-and-signs'));
  it('is signed off once', () => given(periodDecider, [closed, signedOff]).when(signOff).thenThrows('period-signed-off'));
});

describe('a period not closed', () => {
  it('cannot be signed off', () => given(periodDecider).when(signOff).thenThrows('period-not-closed'));
  it('cannot be signed off after a reopening', () => given(periodDecider, [closed, reopened]).when(signOff).thenThrows('period-not-closed'));
});
