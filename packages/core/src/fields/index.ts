export * from './types.js';
export {
  customFieldKey,
  fieldCatalog,
  fieldKeySet,
  isMatchedField,
  standardFields,
} from './catalog.js';
export { contactValues, loanValues } from './values.js';
export { sampleContact, sampleLoan, sampleRecord } from './sample.js';
