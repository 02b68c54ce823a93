import { NotFound } from '@park-ledger/decider';
import { eventOf, SafetyInspectionConducted, SafetyInspectionCorrected, SafetyInspectionVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { safetyInspectionDecider } from '../safety-inspection';
import type { CorrectInspection } from './correct-inspection';

const correct: CorrectInspection = {
  type: 'CorrectInspection',
  inspectionId: '2014-w23-salt',
  occurredAt: '2014-06-09T09:00:00+08:00',
  kind: 'fortnightly-large',
  zoneId: 'salt-chemical-base',
  findingsCount: 3,
  reason: '实为半月大查 / it was the fortnightly round',
};
const conducted = eventOf(SafetyInspectionConducted, {
  inspectionId: '2014-w23-salt',
  kind: 'weekly-small',
  zoneId: 'salt-chemical-base',
  findingsCount: 2,
});

describe('a recorded inspection', () => {
  it('restates kind and findings with the reason', () =>
    given(safetyInspectionDecider, [conducted])
      .when(correct)
      .then([
        eventOf(SafetyInspectionCorrected, {
          inspectionId: '2014-w23-salt',
          kind: 'fortnightly-large',
          zoneId: 'salt-chemical-base',
          findingsCount: 3,
          reason: '实为半月大查 / it was the fortnightly round',
        }),
      ]));
});

describe('a voided inspection', () => {
  it('refuses corrections', () =>
    given(safetyInspectionDecider, [conducted, eventOf(SafetyInspectionVoided, { inspectionId: '2014-w23-salt', reason: 'x' })])
      .when(correct)
      .thenThrows('safety-inspection-voided'));
});

describe('no inspection under the id', () => {
  it('is not found', () => given(safetyInspectionDecider).when(correct).thenThrows(NotFound));
});
