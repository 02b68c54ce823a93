import { EventRegistry, landEvents, officeEvents, projectsEvents, safetyEvents } from '@park-ledger/contracts';

/** Every department's events: reporting decodes, validates and upcasts them all. */
export const eventRegistry = new EventRegistry([...projectsEvents, ...landEvents, ...safetyEvents, ...officeEvents]);
