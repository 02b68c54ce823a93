import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Storage = ReturnType<typeof getMetadataStorage>;

const cached = new WeakSet<Storage>();

/**
 * Works out each DTO's validation rules once instead of on every request.
 *
 * class-validator's validate() asks its metadata storage for the rules of the object's class on every
 * call, and the storage answers by walking every class registered in the process (an `instanceof`
 * per class, for inherited rules) and filtering their rules, then grouping them by property: with a
 * few hundred DTOs that was most of validation's cost. The answer depends only on the class and the
 * options, and the rules only change while decorators run (at import), so the answers are kept per
 * class and options and dropped whenever a rule is added. Applied once per storage (it is global).
 */
export function cacheValidationMetadata(storage: Storage = getMetadataStorage()): void {
  if (cached.has(storage)) return;
  cached.add(storage);
  const rulesOf = storage.getTargetValidationMetadatas.bind(storage);
  const groupedBy = storage.groupByPropertyName.bind(storage);
  let byClass = new WeakMap<object, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();
  const forget = () => {
    byClass = new WeakMap();
    grouped = new WeakMap();
  };
  for (const adding of ['addValidationMetadata', 'addConstraintMetadata', 'addValidationSchema'] as const) {
    const add = (storage[adding] as (arg: never) => void).bind(storage);
    (storage as unknown as Record<string, unknown>)[adding] = (arg: never) => {
      forget();
      add(arg);
    };
  }
  storage.getTargetValidationMetadatas = (target, targetSchema, always, strictGroups, groups) => {
    const options = JSON.stringify([targetSchema, always, strictGroups, groups ?? null]);
    let ofClass = byClass.get(target);
    if (!ofClass) byClass.set(target, (ofClass = new Map()));
    let rules = ofClass.get(options);
    if (!rules) ofClass.set(options, (rules = rulesOf(target, targetSchema, always, strictGroups, groups)));
    return rules;
  };
  storage.groupByPropertyName = (metadata) => {
    let byProperty = grouped.get(metadata);
    if (!byProperty) grouped.set(metadata, (byProperty = groupedBy(metadata)));
    return byProperty;
  };
}
