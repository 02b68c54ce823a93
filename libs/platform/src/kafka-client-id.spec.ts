import { hostname } from 'node:os';
import { kafkaClientId } from './platform.module';

describe('kafkaClientId', () => {
  it('names the instance: the pod in Kubernetes', () => {
    expect(kafkaClientId('reporting', { POD_NAME: 'park-ledger-reporting-7d9f8-x2x4q' })).toBe('park-ledger-reporting-park-ledger-reporting-7d9f8-x2x4q');
  });

  it('else host name and process id, so two instances on one host differ', () => {
    expect(kafkaClientId('projects', {})).toBe(`park-ledger-projects-${hostname()}-${process.pid}`.replace(/[^A-Za-z0-9._-]/g, '-'));
  });
});
