import { ConflictError, NotFoundError } from '#domain';

import type { Child } from './children.repository.js';

/** The child an event names, when it is placed at the centre the event names; otherwise why the event cannot apply. */
export function placedChild(child: Child | undefined, personId: string, centreId: string): Child {
  if (!child) throw new NotFoundError(`no child "${personId}" is in care`, 'personId');
  if (child.centreId !== centreId)
    throw new ConflictError(`the child is not placed at care centre "${centreId}"`, 'centreId');
  return child;
}
