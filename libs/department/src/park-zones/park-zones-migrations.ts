import { consumerMigrations } from '@park-ledger/messaging';
import { CreateParkZones1764400000000 } from './park-zones-migration';

/** What a department with a zone directory adds to its migrations: the consumer's tables and the zones. */
export const parkZonesMigrations = [...consumerMigrations, CreateParkZones1764400000000];
