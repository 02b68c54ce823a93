import { startService } from '@park-ledger/platform';

void startService({
  service: 'safety',
  title: 'park-ledger Safety & environment service',
  description:
    'Commands and records of the safety & environment department: reminders (常提醒), inspections (勤排查), hazards (安全隐患), ' +
    'pollution incidents (环境污染事件), safety accidents (安全生产事故) and environmental facilities (环保设施).',
  module: () => import('./app.module').then((m) => m.AppModule),
});
