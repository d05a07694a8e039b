import { Injectable } from '@nestjs/common';
import { Clock, TransactionContext } from '@cop/platform';
import { FaqEntryEntity, NewsItemEntity } from './news-item.entity';

/** The sort key of the news page: pinned first, then newest. */
export interface NewsCursor {
  pinned: boolean;
  publishedAt: string;
  id: string;
}

export type NewsFields = Pick<NewsItemEntity, 'title' | 'body' | 'pinned' | 'workingGroupId'>;

@Injectable()
export class NewsRepository {
  constructor(
    private readonly tx: TransactionContext,
    private readonly clock: Clock,
  ) {}

  private get news() {
    return this.tx.manager().getRepository(NewsItemEntity);
  }

  private get faq() {
    return this.tx.manager().getRepository(FaqEntryEntity);
  }

  findById(id: string): Promise<NewsItemEntity | null> {
    return this.news.findOneBy({ id });
  }

  findByTitle(title: string): Promise<NewsItemEntity | null> {
    return this.news.findOneBy({ title });
  }

  async page(after: NewsCursor | null, limit: number): Promise<{ rows: NewsItemEntity[]; total: number }> {
    const q = this.news
      .createQueryBuilder('n')
      .orderBy('n.pinned', 'DESC')
      .addOrderBy('n.published_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit);
    if (after) q.where('(n.pinned, n.published_at, n.id) < (:pinned, :publishedAt, :id)', after);
    const [rows, total] = await Promise.all([q.getMany(), this.news.count()]);
    return { rows, total };
  }

  insert(fields: NewsFields & Pick<NewsItemEntity, 'authorId' | 'publishedAt'>): Promise<NewsItemEntity> {
    return this.news.save(this.news.create(fields));
  }

  async update(id: string, fields: NewsFields): Promise<void> {
    await this.news.update({ id }, { ...fields, updatedAt: this.clock.now() });
  }

  async delete(id: string): Promise<void> {
    await this.news.delete({ id });
  }

  faqEntries(): Promise<FaqEntryEntity[]> {
    return this.faq.find({ order: { position: 'ASC' } });
  }

  /** Replaces the whole FAQ, in this order. */
  async replaceFaq(entries: { question: string; answer: string }[]): Promise<void> {
    await this.faq.createQueryBuilder().delete().execute();
    if (entries.length) await this.faq.insert(entries.map((e, i) => ({ ...e, position: i + 1 })));
  }
}
