import { Injectable } from '@nestjs/common';
import { BadUserInputError, NotFoundError } from '@cop/platform';
import type { CommunityPhaseData, CommunityEntity } from './community.entity';
import { CommunityRepository } from './community.repository';
import type { CommunityInput } from './inputs/community.input';
import { Community } from './models/community.model';

@Injectable()
export class CommunityService {
  constructor(private readonly communities: CommunityRepository) {}

  async theCommunity(): Promise<Community> {
    const entity = await this.communities.findTheCommunity();
    if (!entity) throw new NotFoundError('Community (run `npm run db:seed` or updateCommunity first)');
    return toModel(entity);
  }

  /**
   * The community's name for the chrome of the API's own pages (newsletter and digest links, a
   * failed sign-in);
   * null when there is no community yet or the read fails: those pages show a default instead.
   */
  async communityName(): Promise<string | null> {
    try {
      return (await this.communities.findTheCommunity())?.name ?? null;
    } catch {
      return null;
    }
  }

  /** OFFICE; fields left out stay as they are. The first call creates the community. */
  async update(input: CommunityInput): Promise<Community> {
    const current = await this.communities.findTheCommunity();
    const phases = input.phases ? input.phases.map(toPhase) : null;
    phases?.forEach((p, i) => {
      if (p.endsOn < p.startsOn)
        throw BadUserInputError.field(`input.phases.${i}.endsOn`, 'must not be before startsOn');
    });
    const name = input.name?.trim() ?? current?.name;
    const mission = input.mission?.trim() ?? current?.mission;
    if (!name) throw BadUserInputError.field('input.name', 'is required');
    if (!mission) throw BadUserInputError.field('input.mission', 'is required');
    const saved = await this.communities.saveTheCommunity({
      name,
      shortName:
        input.shortName !== undefined ? input.shortName?.trim() || null : (current?.shortName ?? null),
      mission,
      description:
        input.description !== undefined ? input.description?.trim() || null : (current?.description ?? null),
      phases: phases ?? current?.phases ?? [],
    });
    return toModel(saved);
  }
}

function isoDate(value: Date | string): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

function toPhase(p: NonNullable<CommunityInput['phases']>[number]): CommunityPhaseData {
  return {
    name: p.name.trim(),
    startsOn: isoDate(p.startsOn),
    endsOn: isoDate(p.endsOn),
    description: p.description?.trim() || null,
  };
}

function toModel(e: CommunityEntity): Community {
  return {
    name: e.name,
    shortName: e.shortName,
    mission: e.mission,
    description: e.description,
    phases: [...e.phases].sort((a, b) => a.startsOn.localeCompare(b.startsOn)).map((p) => ({ ...p })),
  };
}
