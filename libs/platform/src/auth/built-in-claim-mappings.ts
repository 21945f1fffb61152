import { readFileSync } from 'node:fs';

import { type ClaimMapping, parseClaimMapping } from './claim-mapping.js';
import entraId from './claim-mappings/entra-id.json' with { type: 'json' };
import idPortenEmployee from './claim-mappings/id-porten-employee.json' with { type: 'json' };
import keycloak from './claim-mappings/keycloak.json' with { type: 'json' };
import maskinporten from './claim-mappings/maskinporten.json' with { type: 'json' };

/** The mappings shipped with the services (libs/platform/src/auth/claim-mappings/<name>.json). */
export const BUILT_IN_CLAIM_MAPPINGS: Readonly<Record<string, unknown>> = {
  keycloak,
  'entra-id': entraId,
  'id-porten-employee': idPortenEmployee,
  maskinporten,
};

/**
 * The mapping an issuer's `claimMapping` selects: a built-in name, or the path of a JSON file of the same form
 * (relative to the working directory), for an identity provider whose claims differ.
 */
export function loadClaimMapping(selector: string): ClaimMapping {
  if (Object.hasOwn(BUILT_IN_CLAIM_MAPPINGS, selector)) {
    return parseClaimMapping(BUILT_IN_CLAIM_MAPPINGS[selector], `"${selector}"`);
  }
  if (!selector.endsWith('.json')) {
    throw new Error(
      `Claim mapping "${selector}" is neither a built-in one (${Object.keys(BUILT_IN_CLAIM_MAPPINGS).join(', ')}) nor a .json file`,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(selector, 'utf8'));
  } catch (error) {
    throw new Error(`Claim mapping file ${selector} cannot be read as JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return parseClaimMapping(document, selector);
}
