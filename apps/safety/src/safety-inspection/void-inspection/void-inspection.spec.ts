import { NotFound } from '@park-ledger/decider';
import { eventOf, SafetyInspectionConducted, SafetyInspectionVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { safetyInspectionDecider } from '../safety-inspection';
import type { VoidInspection } from './void-inspection';

const voidIt: VoidInspection = {
  type: 'VoidInspection',
  inspectionId: '2014-w23-salt',
  occurredAt: '2014-06-09T09:00:00+08:00',
  reason: '该次检查未进行 / never took place',
};
const conducted = eventOf(SafetyInspectionConducted, {
  inspectionId: '2014-w23-salt',
  kind: 'weekly-small',
  zoneId: 'salt-chemical-base',
  findingsCount: 2,
});
const voided = eventOf(SafetyInspectionVoided, { inspectionId: '2014-w23-salt', reason: '该次检查未进行 / never took place' });

describe('a recorded inspection', () => {
  it('is voided with the reason', () => given(safetyInspectionDecider, [conducted]).when(voidIt).then([voided]));
});

describe('a voided inspection', () => {
  it('refuses to be voided twice', () =>
    given(safetyInspectionDecider, [conducted, voided]).when(voidIt).thenThrows('safety-inspection-voided'));
});

describe('no inspection under the id', () => {
  it('is not found', () => given(safetyInspectionDecider).when(voidIt).thenThrows(NotFound));
});
