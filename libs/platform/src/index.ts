export * from './config/env-reader.js';
export * from './config/service-config.js';
export * from './config/service-config.token.js';
export * from './config/config.module.js';
export * from './health/health.module.js';
export * from './bootstrap/service-imports.js';
export * from './bootstrap/create-service-app.js';
export * from './config/redis-connection.js';
