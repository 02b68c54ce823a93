import { startService } from '@park-ledger/platform';

void startService({
  service: 'office',
  title: 'park-ledger Committee office service',
  description:
    'Commands and records of the committee office (管委会办公室): the calendar of what is due (obligation rules, ' +
    'deadline extensions, holidays) and the close of a period: closed with the digest of its figures, signed off by the director, reopened with a reason.',
  module: () => import('./app.module').then((m) => m.AppModule),
});
