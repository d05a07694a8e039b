import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ReportTargetEntity } from './initiative.entity';

/** The only code that touches the initiatives' tables. */
@Injectable()
export class InitiativesRepository {
  constructor(
    @InjectRepository(ReportTargetEntity) private readonly targets: Repository<ReportTargetEntity>,
  ) {}

  targetsByIds(ids: readonly string[]): Promise<ReportTargetEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.targets.findBy({ id: In([...ids]) });
  }
}
