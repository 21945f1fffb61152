import type { KafkaConfig } from 'kafkajs';

import type { KafkaSecurity } from './kafka-settings.js';
import { clientCredentialsTokenProvider } from './oauth-bearer-token.js';

/** The kafkajs options for the security settings: nothing for the local, plaintext broker. */
export function kafkaSecurityOptions(security: KafkaSecurity | undefined): Pick<KafkaConfig, 'ssl' | 'sasl'> {
  if (!security) return {};
  const options: Pick<KafkaConfig, 'ssl' | 'sasl'> = {};
  if (security.tls) {
    const { ca, cert, key } = security.tls;
    options.ssl =
      ca || cert || key
        ? { rejectUnauthorized: true, ...(ca ? { ca } : {}), ...(cert && key ? { cert, key } : {}) }
        : true;
  }
  const sasl = security.sasl;
  if (sasl?.mechanism === 'oauthbearer') {
    options.sasl = { mechanism: 'oauthbearer', oauthBearerProvider: clientCredentialsTokenProvider(sasl) };
  } else if (sasl) {
    const { username, password } = sasl;
    options.sasl =
      sasl.mechanism === 'scram-sha-256'
        ? { mechanism: 'scram-sha-256', username, password }
        : { mechanism: 'scram-sha-512', username, password };
  }
  return options;
}
