import { stopLocalBroker } from './kafka-broker.js';
import { stopLocalKeycloak } from './keycloak-server.js';

async function stopAll(): Promise<void> {
  const broker = await stopLocalBroker();
  console.log(broker ? 'Local Kafka broker stopped.' : 'No local Kafka broker was running.');
  const keycloak = await stopLocalKeycloak();
  console.log(keycloak ? 'Local Keycloak stopped.' : 'No local Keycloak was running.');
}

stopAll().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
