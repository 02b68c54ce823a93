import { eventOf, HazardFound } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { hazardDecider } from '../hazard';
import { at, hazardFound } from '../hazard.examples';
import type { ReportHazard } from './report-hazard';

const report: ReportHazard = { type: 'ReportHazard', occurredAt: at, ...hazardFound.payload };

describe('no hazard under the id', () => {
  it('records the hazard at the enterprise', () => given(hazardDecider).when(report).then([hazardFound]));
  it('links the inspection that found it', () =>
    given(hazardDecider)
      .when({ ...report, inspectionId: '2014-w23-salt' })
      .then([eventOf(HazardFound, { ...hazardFound.payload, inspectionId: '2014-w23-salt' })]));
});

describe('a recorded hazard', () => {
  it('refuses the same id again', () => given(hazardDecider, [hazardFound]).when(report).thenThrows('hazard-already-recorded'));
});
