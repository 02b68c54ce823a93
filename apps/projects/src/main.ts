import { startService } from '@park-ledger/platform';

void startService({
  service: 'projects',
  title: 'park-ledger Projects & investment service',
  description: 'TODO',
  module: () => import('./app.module').then((m) => m.AppModule),
});
