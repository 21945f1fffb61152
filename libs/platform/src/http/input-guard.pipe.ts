import { type ArgumentMetadata, BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

import { findUnsafeInput } from '#domain';

/**
 * Refuses request bodies, queries and route parameters that hold NUL characters or nest too deep, with a 400
 * naming the field, before validation or the database sees them. Runs before the ValidationPipe.
 */
@Injectable()
export class InputGuardPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const problem = findUnsafeInput(value, metadata.data ?? metadata.type);
    if (problem) throw new BadRequestException(problem);
    return value;
  }
}
