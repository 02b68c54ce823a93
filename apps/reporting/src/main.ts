import { startService } from '@park-ledger/platform';
import { ReportingConfig } from './reporting-config';

void startService({
  service: 'reporting',
  title: 'park-ledger Reporting service',
  description:
    'Read models of every department’s events: figures per business period beside the year before, as of any ' +
    'record date, each traceable to its events; freshness on every answer; parked events and rebuilds for admins.',
  config: ReportingConfig,
  module: () => import('./app.module').then((m) => m.AppModule),
  document: (builder) => builder.addBearerAuth(),
});
