export { given, type Then } from './given-when-then';
