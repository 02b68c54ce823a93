export { decideBy, fold, type CommandHandlers, type Decider } from './decider';
export { DomainRuleViolation, NotFound } from './errors';
export { assertNewRecord, liveRecord } from './record-guards';
