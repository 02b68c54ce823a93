import { startService } from '@park-ledger/platform';

void startService({
  service: 'land',
  title: 'park-ledger Land & planning service',
  description: 'TODO',
  module: () => import('./app.module').then((m) => m.AppModule),
});
