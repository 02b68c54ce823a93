import { startService } from '@park-ledger/platform';

void startService({
  service: 'reporting',
  title: 'park-ledger Reporting service',
  description: 'TODO',
  module: () => import('./app.module').then((m) => m.AppModule),
});
