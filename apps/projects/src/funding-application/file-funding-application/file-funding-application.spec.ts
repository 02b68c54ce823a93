import { given } from '@park-ledger/decider/testing';
import { fundingApplicationDecider } from '../funding-application';
import { filed, history, occurredAt } from '../funding-application.examples';
import type { FileFundingApplication } from './file-funding-application';

const file: FileFundingApplication = { type: 'FileFundingApplication', occurredAt, ...filed.payload };

describe('no application under that id', () => {
  it('files it as pending', () => given(fundingApplicationDecider).when(file).then([filed]));
});

describe.each(Object.keys(history) as (keyof typeof history)[])('an application already %s', (status) => {
  it('refuses filing again under the same id', () =>
    given(fundingApplicationDecider, history[status]).when(file).thenThrows('application-already-filed'));
});
