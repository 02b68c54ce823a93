import { given } from '@park-ledger/decider/testing';
import { relocationDecider } from '../relocation';
import { at, relocationStarted } from '../relocation.examples';
import type { StartRelocation } from './start-relocation';

const start: StartRelocation = {
  type: 'StartRelocation',
  relocationId: 'ganzhong-chlor-alkali',
  occurredAt: at,
  enterpriseNameZh: '赣中氯碱',
  enterpriseNameEn: 'Ganzhong Chlor-Alkali',
};

describe('no relocation under the id', () => {
  it('starts the enterprise relocation', () => given(relocationDecider).when(start).then([relocationStarted]));
});

describe('a started relocation', () => {
  it('refuses to start again', () =>
    given(relocationDecider, [relocationStarted]).when(start).thenThrows('relocation-already-recorded'));
});
