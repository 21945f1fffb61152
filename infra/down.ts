import { stopLocalBroker } from './kafka-broker.js';

stopLocalBroker().then(
  (stopped) => console.log(stopped ? 'Local Kafka broker stopped.' : 'No local Kafka broker was running.'),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
