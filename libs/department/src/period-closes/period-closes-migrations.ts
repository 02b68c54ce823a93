import { consumerMigrations } from '@park-ledger/messaging';
import { CreatePeriodCloses1765900000000 } from './period-closes-migration';

/** What a department that marks late changes adds to its migrations: the consumer's tables and the closes. */
export const periodClosesMigrations = [...consumerMigrations, CreatePeriodCloses1765900000000];
