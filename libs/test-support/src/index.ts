export * from './stack';
export { waitFor } from './wait-for';
