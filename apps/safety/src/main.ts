import { startService } from '@park-ledger/platform';

void startService({
  service: 'safety',
  title: 'park-ledger Safety & environment service',
  description: 'TODO',
  module: () => import('./app.module').then((m) => m.AppModule),
});
