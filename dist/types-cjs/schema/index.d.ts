export * from './fields.js';
export type * from './types.js';
export type { ValidateOptions, ValidationResult } from './validate.js';
export { isDate, isDateTime, typeName, validateBatch, validateConversion } from './validate.js';
