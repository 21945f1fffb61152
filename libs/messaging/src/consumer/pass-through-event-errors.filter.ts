import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { type Observable, throwError } from 'rxjs';

/**
 * Nest's default RPC filter replaces an unknown error by "Internal server error". The Kafka event server
 * needs the original error to decide between retry and dead letter, so event errors pass through as they are.
 */
@Catch()
export class PassThroughEventErrorsFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
