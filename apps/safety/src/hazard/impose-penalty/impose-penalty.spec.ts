import { NotFound } from '@park-ledger/decider';
import { given } from '@park-ledger/decider/testing';
import { hazardDecider } from '../hazard';
import { at, hazardFound, penaltyImposed } from '../hazard.examples';
import type { ImposePenalty } from './impose-penalty';

const impose: ImposePenalty = { type: 'ImposePenalty', hazardId: 'H-2014-017', occurredAt: at, amountYuan: 50_000 };

describe('a recorded hazard', () => {
  it('is penalised', () => given(hazardDecider, [hazardFound]).when(impose).then([penaltyImposed]));
});

describe('a hazard already penalised', () => {
  it('refuses a second penalty', () =>
    given(hazardDecider, [hazardFound, penaltyImposed]).when(impose).thenThrows('penalty-already-imposed'));
});

describe('no hazard under the id', () => {
  it('is not found', () => given(hazardDecider).when(impose).thenThrows(NotFound));
});
