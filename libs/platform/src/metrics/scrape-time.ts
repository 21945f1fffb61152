import { Logger } from '@nestjs/common';

const SCRAPE_TIMEOUT_MS = 2000;
const logger = new Logger('Metrics');

/**
 * Runs a reading taken when Prometheus scrapes (a query, a broker call) with a deadline. A reading that fails
 * or is late is skipped and logged at debug level, so one unreachable dependency never fails the whole scrape
 * (readiness reports it).
 */
export async function readAtScrape(what: string, read: () => Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      read(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${SCRAPE_TIMEOUT_MS} ms`)),
          SCRAPE_TIMEOUT_MS,
        );
      }),
    ]);
  } catch (error) {
    logger.debug(`Skipped ${what} in this scrape: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}
