import { startService } from '@park-ledger/platform';

void startService({
  service: 'reporting',
  title: 'park-ledger Reporting service',
  description:
    'Read models of every department’s events: figures per business period beside the year before, as of any ' +
    'record date, each traceable to its events; freshness on every answer; parked events and rebuilds for admins.',
  module: () => import('./app.module').then((m) => m.AppModule),
  document: (builder) => builder.addBearerAuth(),
});
