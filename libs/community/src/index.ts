export { CommunityModule } from './community.module';
export { CommunityService } from './community.service';
export { CommunityRepository } from './community.repository';
export type { CommunityPhaseData } from './community.entity';
export { Community, CommunityPhase } from './models/community.model';
