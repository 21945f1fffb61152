import { type Admin, AssignerProtocol } from 'kafkajs';

import { consumerLag } from '../../tools/scenarios/run-scenario.js';

/**
 * Messages on the topics a consumer group subscribes to that it has not committed yet. The server commits a
 * message's offset only after its handler's transaction committed or it was dead-lettered, so 0 means every
 * message was handled. Undefined while the group is not stable (not joined yet, or rebalancing).
 */
export async function uncommittedMessages(admin: Admin, groupId: string): Promise<number | undefined> {
  const {
    groups: [group],
  } = await admin.describeGroups([groupId]);
  if (group?.state !== 'Stable') return undefined;
  const topics = new Set(
    group.members.flatMap(
      (member) => AssignerProtocol.MemberMetadata.decode(member.memberMetadata)?.topics ?? [],
    ),
  );
  return consumerLag(admin, groupId, [...topics]);
}
