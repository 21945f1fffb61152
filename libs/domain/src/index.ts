export * from './errors.js';
export * from './calendar.js';
export * from './input-safety.js';
export * from './figures.js';
export * from './municipality-register.js';
