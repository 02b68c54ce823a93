import {
  eventOf,
  InfrastructureWorkProgressReported,
  InfrastructureWorkRegistered,
  InfrastructureWorkStageReached,
  InfrastructureWorkVoided,
} from '@park-ledger/contracts';
import type { InfrastructureWorkEvent } from './infrastructure-work.state';

export const workId = 'logistics-p2-roads';
export const occurredAt = '2014-09-30T17:00:00+08:00';

/** 医药物流园二期路网、灌溉渠工程: design, drawing review and budget done, now tendering. */
export const registeredAtTendering = eventOf(InfrastructureWorkRegistered, {
  workId,
  nameZh: '医药物流园二期路网、灌溉渠工程',
  nameEn: 'Pharma logistics park phase 2 roads and irrigation canal',
  zoneId: 'fucheng-pharma',
  platformId: 'pharma-logistics-park',
  phaseId: 'phase-2',
  kinds: ['road-network', 'irrigation-canal'],
  stage: 'tendering',
  expectedStartOn: '2014-11-01',
});
const underConstruction = eventOf(InfrastructureWorkStageReached, { workId, stage: 'under-construction' });
const at70 = eventOf(InfrastructureWorkProgressReported, { workId, percentComplete: 70 });
const completed = eventOf(InfrastructureWorkStageReached, { workId, stage: 'completed' });

export const history = {
  tendering: [registeredAtTendering],
  underConstructionAt70: [registeredAtTendering, underConstruction, at70],
  completed: [registeredAtTendering, underConstruction, at70, completed],
  voided: [registeredAtTendering, eventOf(InfrastructureWorkVoided, { workId, reason: '重复登记' })],
} satisfies Record<string, InfrastructureWorkEvent[]>;
