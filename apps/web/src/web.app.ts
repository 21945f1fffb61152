import path from 'node:path';

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';

import { PublicAddress } from './auth/public-address.js';
import { SessionStore } from './auth/session-store.js';
import { spaFallback } from './static/spa-fallback.js';
import type { WebConfig } from './web.config.js';
import { WebModule } from './web.module.js';

export interface WebApp {
  /** Where browsers reach it. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the workbench's web server: the built front-end, sign-in, and the API forwarding. */
export async function createWebApp(config: WebConfig): Promise<WebApp> {
  const app = await NestFactory.create<NestExpressApplication>(WebModule.with(config), {
    bodyParser: false,
    logger: ['error', 'warn', 'log'],
  });
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { upgradeInsecureRequests: null, imgSrc: ["'self'", 'data:'] },
      },
    }),
  );
  app.useStaticAssets(path.resolve(config.staticDirectory, 'assets'), {
    prefix: '/assets',
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  app.useStaticAssets(path.resolve(config.dataDirectory, 'maps'), { prefix: '/data/maps', index: false });
  app.use(spaFallback(config.staticDirectory));
  app.enableShutdownHooks();
  await app.listen(config.httpPort, '127.0.0.1');
  const port = (app.getHttpServer().address() as { port: number }).port;
  const address = app.get(PublicAddress);
  address.listening(port);
  return {
    url: address.url,
    port,
    close: async () => {
      app.get(SessionStore).close();
      await app.close();
    },
  };
}
