export { CommunityModule, CommunityJobsModule } from './community.module';
export { CommunityService } from './community.service';
export { CommunityRepository } from './community.repository';
export { WorkingGroupsRepository } from './working-groups.repository';
export { MembershipsRepository } from './memberships.repository';
export { WorkingGroupsService } from './working-groups.service';
export { TopicsLookup, WorkingGroupPeopleFilter } from './community-people-filter';
export type { CommunityPhaseData } from './community.entity';
export type { WorkingGroupEntity, JoinPolicyValue } from './working-group.entity';
export type { MembershipEntity, MembershipRoleValue } from './membership.entity';
export { Community, CommunityPhase } from './models/community.model';
export {
  WorkingGroup,
  Topic,
  Membership,
  MembershipConnection,
  CommunityStats,
  JoinPolicy,
  MembershipRole,
  MembershipStatus,
  SeatEvent,
  SeatEventConnection,
  SeatEventKind,
  GrowthPoint,
} from './models/working-group.model';
export {
  MembershipVisibility,
  membershipVisibleSql,
  membershipVisibleToMemberSql,
  type SeatScope,
} from './membership-visibility';
export {
  activeChairsOfGroupSql,
  activeSeatGroupIdsSql,
  activeSeatHolderIdsSql,
  activeSeatsOfGroupsSql,
  chairsGroupSql,
  groupCodeSql,
  holdsActiveSeatSql,
  pendingRequestsChairedBySql,
  seatGroupIdsSql,
  workingGroupByIdSql,
  workingGroupIdsAmongSql,
  workingGroupIdsByCodesSql,
} from './seat-sql';
export { communitySqlCases } from './community.sql-cases';
