import { Injectable } from '@nestjs/common';
import { InitiativesRepository } from './initiatives.repository';
import type { ReportTarget } from './models/initiative.model';

@Injectable()
export class InitiativesService {
  constructor(private readonly repository: InitiativesRepository) {}

  /** For Report.target's DataLoader. Targets are not secret: every member may read them. */
  async targetsByIds(ids: readonly string[]): Promise<ReportTarget[]> {
    return this.repository.targetsByIds(ids);
  }
}
