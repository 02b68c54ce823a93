import { NotFound } from '@park-ledger/decider';
import { eventOf, HazardDetailsCorrected, HazardVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { hazardDecider } from '../hazard';
import { at, hazardFound } from '../hazard.examples';
import type { CorrectHazard } from './correct-hazard';

const correct: CorrectHazard = {
  type: 'CorrectHazard',
  occurredAt: at,
  ...hazardFound.payload,
  enterpriseNameZh: '科海化工',
  enterpriseNameEn: undefined,
  reason: '企业录错 / wrong enterprise',
};

describe('a recorded hazard', () => {
  it('restates its facts with the reason', () =>
    given(hazardDecider, [hazardFound])
      .when(correct)
      .then([
        eventOf(HazardDetailsCorrected, {
          hazardId: 'H-2014-017',
          zoneId: 'salt-chemical-base',
          enterpriseNameZh: '科海化工',
          descriptionZh: '高盐废水未经预处理直排',
          reason: '企业录错 / wrong enterprise',
        }),
      ]));
});

describe('a voided hazard', () => {
  it('refuses corrections', () =>
    given(hazardDecider, [hazardFound, eventOf(HazardVoided, { hazardId: 'H-2014-017', reason: 'dup' })])
      .when(correct)
      .thenThrows('hazard-voided'));
});

describe('no hazard under the id', () => {
  it('is not found', () => given(hazardDecider).when(correct).thenThrows(NotFound));
});
