import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AsOfQuery } from '../matching/matching.dto.js';
import { PeopleRepository, type PersonRecord } from './people.repository.js';
import { waitingFigures, type WaitingFigures } from './waiting-figures.js';
import { waitingTime, type WaitingTime } from './waiting-time.js';

export interface WaitingSummary extends WaitingFigures {
  asOf: string;
  unaccompaniedMinors: WaitingFigures;
  familiesWithChildren: WaitingFigures;
  others: WaitingFigures;
}

const today = () => new Date().toISOString().slice(0, 10);

@ApiTags('settlement-ready people')
@Controller('settlement')
export class WaitingController {
  constructor(@Inject(PeopleRepository) private readonly people: PeopleRepository) {}

  @Get('waiting')
  @ApiOperation({
    summary:
      'People waiting to be settled and how many are past the target (6 months; 3 for EM and families with children)',
  })
  async waiting(@Query() query: AsOfQuery): Promise<WaitingSummary> {
    const asOf = query.asOf ?? today();
    const waiting = (await this.people.waiting()).filter((person) => person.permitDate <= asOf);
    return {
      asOf,
      ...waitingFigures(waiting, asOf),
      unaccompaniedMinors: waitingFigures(
        waiting.filter((p) => p.unaccompaniedMinor),
        asOf,
      ),
      familiesWithChildren: waitingFigures(
        waiting.filter((p) => !p.unaccompaniedMinor && p.familyWithChildren),
        asOf,
      ),
      others: waitingFigures(
        waiting.filter((p) => !p.unaccompaniedMinor && !p.familyWithChildren),
        asOf,
      ),
    };
  }

  @Get('persons/:personId')
  @ApiOperation({ summary: "A person's waiting time against the target" })
  async person(
    @Param('personId') personId: string,
    @Query() query: AsOfQuery,
  ): Promise<PersonRecord & { waitingTime: WaitingTime | null }> {
    const person = await this.people.get(personId);
    if (!person) throw new NotFoundException(`No settlement-ready person ${personId}`);
    return {
      ...person,
      waitingTime: person.settledOn
        ? waitingTime(person, person.settledOn)
        : waitingTime(person, query.asOf ?? today()),
    };
  }
}
