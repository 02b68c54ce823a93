import { startService } from '@park-ledger/platform';

void startService({
  service: 'land',
  title: 'park-ledger Land & planning service',
  description:
    'Commands and records of the land & planning department: idle parcels (闲置土地), land-use tax arrears (拖欠土地使用税), ' +
    'the park expansion plan (扩区调区) and relocations into the park (退城进园).',
  module: () => import('./app.module').then((m) => m.AppModule),
});
