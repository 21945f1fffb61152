import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';

/**
 * Fields old clients sent to say who did something. Who did it comes from the caller's token now
 * (@CurrentPrincipal()), so a body naming one is refused, saying why, rather than silently ignored.
 */
export const ACTOR_FIELDS = [
  'submittedBy',
  'issuedBy',
  'chosenBy',
  'updatedBy',
  'suppliedBy',
  'approvedBy',
  'rejectedBy',
  'cancelledBy',
  'createdBy',
  'requestedBy',
  'recordedBy',
] as const;

/** The actor field a request body names, if any. */
export function actorFieldOf(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  return ACTOR_FIELDS.find((name) => Object.hasOwn(body, name));
}

/**
 * Refuses, with a 400 naming the field, an HTTP request whose body says who acts: on every route, whether or not
 * it reads a body. Runs after the access guard (so an anonymous call is still 401) and before validation.
 */
@Injectable()
export class ActorFieldsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const field = actorFieldOf(context.switchToHttp().getRequest<Request>().body);
      if (field) {
        throw new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          message: `${field} is not accepted: who does this comes from your token`,
          field,
        });
      }
    }
    return next.handle();
  }
}
