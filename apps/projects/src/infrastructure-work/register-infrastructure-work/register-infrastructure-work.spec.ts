import { given } from '@park-ledger/decider/testing';
import { infrastructureWorkDecider } from '../infrastructure-work';
import { history, occurredAt, registeredAtTendering } from '../infrastructure-work.examples';
import type { RegisterInfrastructureWork } from './register-infrastructure-work';

const register: RegisterInfrastructureWork = {
  type: 'RegisterInfrastructureWork',
  occurredAt,
  ...registeredAtTendering.payload,
};

describe('no work under that id', () => {
  it('registers the work at its current stage', () =>
    given(infrastructureWorkDecider).when(register).then([registeredAtTendering]));

  it('records each kind once', () =>
    given(infrastructureWorkDecider)
      .when({ ...register, kinds: ['road-network', 'irrigation-canal', 'road-network'] })
      .then([registeredAtTendering]));

  it('refuses an expected completion before the expected start', () =>
    given(infrastructureWorkDecider)
      .when({ ...register, expectedStartOn: '2014-11-01', expectedCompletionOn: '2014-10-31' })
      .thenThrows('completion-before-start'));
});

describe.each(Object.keys(history) as (keyof typeof history)[])('a work already registered (%s)', (name) => {
  it('refuses a second registration under the same id', () =>
    given(infrastructureWorkDecider, history[name]).when(register).thenThrows('work-already-registered'));
});
