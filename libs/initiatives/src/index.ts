// @cop/initiatives: related initiatives (JENA, the European Strategy update), their groups, the CoP
// groups and people linked to them, and the report targets with their due dates.
export { InitiativesModule } from './initiatives.module';
export { InitiativesService } from './initiatives.service';
export { InitiativesRepository } from './initiatives.repository';
export type { InitiativeFields, InitiativeGroupFields, ReportTargetFields } from './initiatives.repository';
export type { InitiativeEntity, InitiativeGroupEntity, ReportTargetEntity } from './initiative.entity';
export { Initiative, InitiativeGroup, ReportTarget } from './models/initiative.model';
export { initiativesSqlCases } from './initiatives.sql-cases';
