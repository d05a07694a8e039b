import { Injectable } from '@nestjs/common';
import { TransactionContext, sql } from '@cop/platform';
import { ReportPublicationEntity } from '../report.entity';

/** The publications of reports: one row per publishReport, numbered 1..n per report. */
@Injectable()
export class PublishingRepository {
  constructor(private readonly tx: TransactionContext) {}

  private get publications() {
    return this.tx.manager().getRepository(ReportPublicationEntity);
  }

  /** The publications of many reports, each report's in number order. */
  publicationsOf(reportIds: readonly string[]): Promise<ReportPublicationEntity[]> {
    return this.publications
      .createQueryBuilder('p')
      .where('p.report_id = ANY(:ids::uuid[])', { ids: reportIds })
      .orderBy('p.report_id')
      .addOrderBy('p.number')
      .getMany();
  }

  /** The next publication's number: the caller holds the report's row lock, so numbers never race. */
  async nextNumber(reportId: string): Promise<number> {
    const [row] = await this.tx.query<{ n: number }>(sql`
      SELECT coalesce(max(number), 0)::int + 1 AS n FROM report_publications WHERE report_id = ${reportId}`);
    return row.n;
  }

  insert(fields: Omit<ReportPublicationEntity, 'id'>): Promise<ReportPublicationEntity> {
    return this.publications.save(this.publications.create(fields));
  }
}
