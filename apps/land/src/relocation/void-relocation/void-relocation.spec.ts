import { NotFound } from '@park-ledger/decider';
import { eventOf, RelocationVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { relocationDecider } from '../relocation';
import { at, relocationStarted } from '../relocation.examples';
import type { VoidRelocation } from './void-relocation';

const voidIt: VoidRelocation = {
  type: 'VoidRelocation',
  relocationId: 'ganzhong-chlor-alkali',
  occurredAt: at,
  reason: '该企业未纳入退城进园 / not part of the programme',
};
const voided = eventOf(RelocationVoided, {
  relocationId: 'ganzhong-chlor-alkali',
  reason: '该企业未纳入退城进园 / not part of the programme',
});

describe('a started relocation', () => {
  it('is voided with the reason', () => given(relocationDecider, [relocationStarted]).when(voidIt).then([voided]));
});

describe('a voided relocation', () => {
  it('refuses to be voided twice', () =>
    given(relocationDecider, [relocationStarted, voided]).when(voidIt).thenThrows('relocation-voided'));
});

describe('no relocation under the id', () => {
  it('is not found', () => given(relocationDecider).when(voidIt).thenThrows(NotFound));
});
