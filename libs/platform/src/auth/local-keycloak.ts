/**
 * The Keycloak the project's infra scripts start for development and tests when no AUTH_ISSUERS is configured
 * (and docker-compose.yml starts on the same address). Its realm is infra/keycloak/realm/refugees-realm.json.
 */
export const LOCAL_KEYCLOAK = {
  port: 8180,
  baseUrl: 'http://127.0.0.1:8180',
  realm: 'refugees',
  issuer: 'http://127.0.0.1:8180/realms/refugees',
  jwksUrl: 'http://127.0.0.1:8180/realms/refugees/protocol/openid-connect/certs',
  tokenUrl: 'http://127.0.0.1:8180/realms/refugees/protocol/openid-connect/token',
} as const;
