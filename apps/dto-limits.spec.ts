import { unboundedDtoFields, validatedClasses } from '#platform';

import { CareCentresModule } from './care-centres/src/care-centres.module.js';
import { ReceptionModule } from './reception/src/reception.module.js';
import { SettlementModule } from './settlement/src/settlement.module.js';

/** Importing the three services' modules declares every DTO their routes take (the rules library's too). */
describe("the services' DTOs", () => {
  it('bound every string field with a maximum length and every array with a maximum size', () => {
    expect([CareCentresModule, ReceptionModule, SettlementModule]).toHaveLength(3);
    const names = validatedClasses().map((dto) => dto.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'WebhookDto',
        'DistributeDto',
        'CountyRecommendationDto',
        'CandidateDto',
        'ChecksDto',
      ]),
    );
    expect(unboundedDtoFields()).toEqual([]);
  });
});
