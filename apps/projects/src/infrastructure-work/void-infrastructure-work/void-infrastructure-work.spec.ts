import { NotFound } from '@park-ledger/decider';
import { eventOf, InfrastructureWorkVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { infrastructureWorkDecider } from '../infrastructure-work';
import { history, occurredAt, workId } from '../infrastructure-work.examples';
import type { VoidInfrastructureWork } from './void-infrastructure-work';

const voidIt: VoidInfrastructureWork = { type: 'VoidInfrastructureWork', workId, occurredAt, reason: '重复登记' };

describe.each(['tendering', 'completed'] as const)('a registered work (%s)', (name) => {
  it('is voided, with the reason', () =>
    given(infrastructureWorkDecider, history[name])
      .when(voidIt)
      .then([eventOf(InfrastructureWorkVoided, { workId, reason: '重复登记' })]));
});

describe('no work under that id', () => {
  it('is not found', () => given(infrastructureWorkDecider).when(voidIt).thenThrows(NotFound));
});

describe('a voided work', () => {
  it('refuses voiding twice', () =>
    given(infrastructureWorkDecider, history.voided).when(voidIt).thenThrows('work-voided'));
});
