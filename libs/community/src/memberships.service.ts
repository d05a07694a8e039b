import { Injectable } from '@nestjs/common';
import {
  Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  OutboxService,
  requestLoader,
  groupedByKeys,
  isUuid,
} from '@cop/platform';
import { PeopleRepository, type Scope, type Viewer } from '@cop/identity';
import type { MembershipEntity, MembershipRoleValue } from './membership.entity';
import { seatScope } from './membership-visibility';
import { MembershipsRepository } from './memberships.repository';
import { type CommunityStats, type Membership, MembershipRole } from './models/working-group.model';
import type { WorkingGroupEntity } from './working-group.entity';
import { WorkingGroupsService, toMembership } from './working-groups.service';

/**
 * Seats: joining, leaving, approving, removing, adding and appointing. Every change locks the
 * group's row first (WorkingGroupsService.lockGroupOrThrow), so the seat limit and the
 * last-chair rule hold under concurrency, and writes a membership_events row.
 */
@Injectable()
export class MembershipsService {
  constructor(
    private readonly seats: MembershipsRepository,
    private readonly groups: WorkingGroupsService,
    private readonly people: PeopleRepository,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async stats(): Promise<CommunityStats> {
    return this.seats.stats();
  }

  /** Person.memberships: what the viewer may see of this person's seats. */
  async ofPerson(scope: Scope, personId: string): Promise<Membership[]> {
    const visible = seatScope(scope.viewer);
    const seats = await requestLoader<string, MembershipEntity[]>(
      scope.loaders,
      'community.seatsOfPerson',
      async (ids) => {
        const rows = await this.seats.visibleOfPeople(ids, visible);
        this.groups.prime(
          scope.loaders,
          rows.map((r) => r.group),
        );
        return groupedByKeys(
          ids,
          rows,
          (r) => r.seat.personId,
          (r) => r.seat,
        );
      },
    ).load(personId);
    return seats.map(toMembership);
  }

  /** MEMBER: ACTIVE under OPEN, PENDING under APPROVAL (the chairs and office are told). */
  async join(viewer: Viewer, groupId: string): Promise<Membership> {
    if (viewer.role !== 'MEMBER' && viewer.role !== 'OFFICE')
      throw new ForbiddenError('Only members of the community may join working groups.');
    const group = await this.groups.lockGroupOrThrow(groupId);
    const existing = await this.seats.findSeat(viewer.personId, group.id);
    if (existing)
      throw new ConflictError(
        existing.status === 'PENDING'
          ? `Your request to join ${group.code} is already waiting for a chair's approval.`
          : `You are already a member of ${group.code}.`,
      );
    const now = this.clock.now();
    if (group.joinPolicy === 'APPROVAL') {
      const seat = await this.seats.insert({
        personId: viewer.personId,
        workingGroupId: group.id,
        role: 'MEMBER',
        status: 'PENDING',
        requestedAt: now,
        joinedAt: null,
      });
      await this.seats.recordEvent(seat, 'REQUESTED', viewer.personId);
      await this.outbox.enqueue('community.membership-requested', { membershipId: seat.id });
      return toMembership(seat);
    }
    await this.assertSeatFree(group);
    const seat = await this.seats.insert({
      personId: viewer.personId,
      workingGroupId: group.id,
      role: 'MEMBER',
      status: 'ACTIVE',
      requestedAt: now,
      joinedAt: now,
    });
    await this.seats.recordEvent(seat, 'JOINED', viewer.personId);
    return toMembership(seat);
  }

  /** Leaves (or withdraws a request); the last chair must hand over first. */
  async leave(viewer: Viewer, groupId: string): Promise<boolean> {
    const group = await this.groups.lockGroupOrThrow(groupId);
    const seat = await this.seats.findSeat(viewer.personId, group.id);
    if (!seat) throw new NotFoundError(`Your seat in ${group.code}`);
    await this.assertNotLastChair(group, seat, 'leave');
    await this.seats.delete(seat.id);
    await this.seats.recordEvent(seat, seat.status === 'PENDING' ? 'REJECTED' : 'LEFT', viewer.personId);
    return true;
  }

  /** CHAIR or OFFICE; CONFLICT when not pending or no seat is left. */
  async approve(viewer: Viewer, membershipId: string): Promise<Membership> {
    const { seat, group } = await this.lockSeatOrThrow(membershipId);
    await this.groups.assertChairOrOffice(viewer, group.id);
    if (seat.status !== 'PENDING') throw new ConflictError('This request was already approved.');
    await this.assertSeatFree(group);
    const joinedAt = this.clock.now();
    await this.seats.update(seat.id, { status: 'ACTIVE', joinedAt });
    await this.seats.recordEvent(seat, 'APPROVED', viewer.personId);
    return toMembership({ ...seat, status: 'ACTIVE', joinedAt });
  }

  /** Rejects a pending request or removes a member; CHAIR or OFFICE; never the last chair. */
  async remove(viewer: Viewer, membershipId: string): Promise<boolean> {
    const { seat, group } = await this.lockSeatOrThrow(membershipId);
    await this.groups.assertChairOrOffice(viewer, group.id);
    await this.assertNotLastChair(group, seat, 'remove');
    await this.seats.delete(seat.id);
    await this.seats.recordEvent(seat, seat.status === 'PENDING' ? 'REJECTED' : 'REMOVED', viewer.personId);
    return true;
  }

  /** CHAIR adds members; OFFICE adds anyone in any role. A pending request is granted. */
  async addMember(
    viewer: Viewer,
    groupId: string,
    personId: string,
    role: MembershipRole,
  ): Promise<Membership> {
    const group = await this.groups.lockGroupOrThrow(groupId);
    await this.groups.assertChairOrOffice(viewer, group.id);
    if (role === MembershipRole.CHAIR && viewer.role !== 'OFFICE')
      throw new ForbiddenError('Only the project office may appoint chairs.');
    const person = isUuid(personId) ? await this.people.findById(personId) : null;
    if (!person) throw new NotFoundError('Person', personId);
    if (person.role === 'GUEST')
      throw new ConflictError(
        `${person.displayName} is not admitted to the community yet; the office admits them first.`,
      );
    const existing = await this.seats.findSeat(person.id, group.id);
    if (existing?.status === 'ACTIVE')
      throw new ConflictError(`${person.displayName} is already a member of ${group.code}.`);
    await this.assertSeatFree(group);
    const now = this.clock.now();
    if (existing) {
      await this.seats.update(existing.id, { status: 'ACTIVE', role, joinedAt: now });
      const seat = {
        ...existing,
        status: 'ACTIVE' as const,
        role: role as MembershipRoleValue,
        joinedAt: now,
      };
      await this.seats.recordEvent(seat, 'APPROVED', viewer.personId);
      return toMembership(seat);
    }
    const seat = await this.seats.insert({
      personId: person.id,
      workingGroupId: group.id,
      role,
      status: 'ACTIVE',
      requestedAt: now,
      joinedAt: now,
    });
    await this.seats.recordEvent(seat, 'ADDED', viewer.personId);
    return toMembership(seat);
  }

  /** OFFICE appoints or demotes chairs; the last chair of a group cannot be demoted. */
  async setRole(viewer: Viewer, membershipId: string, role: MembershipRole): Promise<Membership> {
    if (viewer.role !== 'OFFICE')
      throw new ForbiddenError('Only the project office may appoint or demote chairs.');
    const { seat, group } = await this.lockSeatOrThrow(membershipId);
    if (seat.role === role) return toMembership(seat);
    if (seat.status !== 'ACTIVE')
      throw new ConflictError('This request is still pending: approve it before changing its role.');
    if (seat.role === 'CHAIR') await this.assertNotLastChair(group, seat, 'demote');
    await this.seats.update(seat.id, { role });
    const updated = { ...seat, role: role as MembershipRoleValue };
    await this.seats.recordEvent(updated, 'ROLE_CHANGED', viewer.personId);
    return toMembership(updated);
  }

  private async lockSeatOrThrow(id: string): Promise<{ seat: MembershipEntity; group: WorkingGroupEntity }> {
    const found = isUuid(id) ? await this.seats.findById(id) : null;
    if (!found) throw new NotFoundError('Membership', id);
    const group = await this.groups.lockGroupOrThrow(found.workingGroupId);
    // Re-read under the lock: a concurrent change may have removed or approved it meanwhile.
    const seat = await this.seats.findById(id);
    if (!seat) throw new NotFoundError('Membership', id);
    return { seat, group };
  }

  /** Call with the group row locked. */
  private async assertSeatFree(group: WorkingGroupEntity): Promise<void> {
    if (group.seatLimit === null) return;
    const taken = await this.seats.countActiveSeats(group.id);
    if (taken >= group.seatLimit)
      throw new ConflictError(`${group.code} is full: all ${group.seatLimit} seats are taken.`);
  }

  /** Call with the group row locked. */
  private async assertNotLastChair(
    group: WorkingGroupEntity,
    seat: MembershipEntity,
    action: 'leave' | 'remove' | 'demote',
  ): Promise<void> {
    if (seat.role !== 'CHAIR' || seat.status !== 'ACTIVE') return;
    if ((await this.seats.countActiveChairs(group.id)) > 1) return;
    const verb = { leave: 'leave', remove: 'be removed', demote: 'be demoted' }[action];
    throw new ConflictError(`The last chair of ${group.code} cannot ${verb}: appoint another chair first.`);
  }
}
