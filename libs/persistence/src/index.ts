export * from './service-data-source.js';
export * from './run-migrations.js';
export * from './service-migrations.js';
export * from './frozen-migrations.js';
export * from './ensure-database.js';
export * from './persistence.module.js';
export * from './transactions.js';
