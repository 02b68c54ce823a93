import { startService } from '@park-ledger/platform';
import { projectsService } from './service';

void startService(projectsService);
