import { eventOf, SafetyInspectionConducted } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { safetyInspectionDecider } from '../safety-inspection';
import type { ConductInspection } from './conduct-inspection';

const conduct: ConductInspection = {
  type: 'ConductInspection',
  inspectionId: '2014-w23-salt',
  occurredAt: '2014-06-06T15:00:00+08:00',
  kind: 'weekly-small',
  zoneId: 'salt-chemical-base',
  findingsCount: 2,
};
const conducted = eventOf(SafetyInspectionConducted, {
  inspectionId: '2014-w23-salt',
  kind: 'weekly-small',
  zoneId: 'salt-chemical-base',
  findingsCount: 2,
});

describe('no inspection under the id', () => {
  it('records the inspection with its kind, zone and findings', () =>
    given(safetyInspectionDecider).when(conduct).then([conducted]));
  it('keeps a summary when given', () =>
    given(safetyInspectionDecider)
      .when({ ...conduct, kind: 'fortnightly-large', findingsCount: 0, summaryZh: '未发现问题' })
      .then([
        eventOf(SafetyInspectionConducted, {
          ...conducted.payload,
          kind: 'fortnightly-large',
          findingsCount: 0,
          summaryZh: '未发现问题',
        }),
      ]));
});

describe('a recorded inspection', () => {
  it('refuses the same id again', () =>
    given(safetyInspectionDecider, [conducted]).when(conduct).thenThrows('safety-inspection-already-recorded'));
});
