import { Injectable } from '@nestjs/common';
import {
  BadUserInputError,
  Clock,
  ForbiddenError,
  NotFoundError,
  decodeCursor,
  encodeCursor,
  pageSize,
  renderMarkdown,
  isUuid,
} from '@cop/platform';
import { type Scope, type Viewer } from '@cop/identity';
import { WorkingGroupsService } from '@cop/community';
import type { FaqEntryInput, NewsInput } from './inputs/news.input';
import type { FaqEntry, NewsConnection, NewsItem } from './models/news.model';
import type { FaqEntryEntity, NewsItemEntity } from './news-item.entity';
import { newsManageRule } from './news-rules';
import { NewsRepository, type NewsCursor } from './news.repository';

const FAQ_MAX_ENTRIES = 200;

/** News (public, pinned first then newest) and the FAQ (public, replaced whole by the office). */
@Injectable()
export class NewsService {
  constructor(
    private readonly news: NewsRepository,
    private readonly groups: WorkingGroupsService,
    private readonly clock: Clock,
  ) {}

  async page(first: number | null | undefined, after: string | null | undefined): Promise<NewsConnection> {
    const limit = pageSize(first, 10);
    const { rows, total } = await this.news.page(parseNewsCursor(after), limit + 1);
    const edges = rows.slice(0, limit).map((n) => ({
      cursor: encodeCursor([n.pinned, n.publishedAt.toISOString(), n.id]),
      node: toNewsItem(n),
    }));
    return {
      edges,
      totalCount: total,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** One news item (all news is public); null for an unknown id. */
  async item(id: string): Promise<NewsItem | null> {
    const item = isUuid(id) ? await this.news.findById(id) : null;
    return item ? toNewsItem(item) : null;
  }

  /** OFFICE; a chair for news of their own working group. */
  async publish(viewer: Viewer, input: NewsInput): Promise<NewsItem> {
    const fields = await this.checkedFields(viewer, input);
    const item = await this.news.insert({
      ...fields,
      authorId: viewer.personId,
      publishedAt: this.clock.now(),
    });
    return toNewsItem(item);
  }

  /** Whoever may publish for the item's group (and for its new group, when moved). */
  async update(viewer: Viewer, id: string, input: NewsInput): Promise<NewsItem> {
    const item = await this.findOrThrow(id);
    await this.assertMayPublish(viewer, item.workingGroupId);
    const fields = await this.checkedFields(viewer, input);
    await this.news.update(item.id, fields);
    return toNewsItem((await this.news.findById(item.id))!);
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    const item = await this.findOrThrow(id);
    await this.assertMayPublish(viewer, item.workingGroupId);
    await this.news.delete(item.id);
    return true;
  }

  async faq(): Promise<FaqEntry[]> {
    return (await this.news.faqEntries()).map(toFaqEntry);
  }

  /** OFFICE; replaces the whole list, in this order. */
  async setFaq(entries: FaqEntryInput[]): Promise<FaqEntry[]> {
    // The validation pipe checks each entry (ListArgs); the length of the list is checked here.
    if (entries.length > FAQ_MAX_ENTRIES)
      throw BadUserInputError.field('entries', `at most ${FAQ_MAX_ENTRIES} entries`);
    await this.news.replaceFaq(
      entries.map((e) => ({ question: e.question.trim(), answer: e.answer.trim() })),
    );
    return this.faq();
  }

  private async checkedFields(viewer: Viewer, input: NewsInput) {
    let workingGroupId: string | null = null;
    if (input.workingGroupId) {
      const group = await this.groups.findGroupOrThrow(input.workingGroupId);
      workingGroupId = group.id;
    }
    await this.assertMayPublish(viewer, workingGroupId);
    return {
      title: input.title.trim(),
      body: input.body,
      pinned: input.pinned ?? false,
      workingGroupId,
    };
  }

  /**
   * NewsItem.viewerCanManage: whether the viewer may updateNews / deleteNews it, by the rule
   * assertMayPublish applies (news-rules.ts). The chairs of the listed items' groups come from
   * one batched look-up per request.
   */
  async viewerMayManage(scope: Scope, item: NewsItem): Promise<boolean> {
    const { viewer } = scope;
    const rule = newsManageRule(viewer, item.workingGroupId);
    if (rule.kind !== 'chairOf' || !viewer) return rule.kind === 'may';
    const chairs = await this.groups.chairsOf(scope, rule.workingGroupId);
    return chairs.some((c) => c.id === viewer.personId);
  }

  /** publishNews, updateNews, deleteNews: the rule of news-rules.ts, or FORBIDDEN. */
  private async assertMayPublish(viewer: Viewer, workingGroupId: string | null): Promise<void> {
    const rule = newsManageRule(viewer, workingGroupId);
    if (rule.kind === 'refused') throw new ForbiddenError(rule.reason);
    if (rule.kind === 'chairOf') await this.groups.assertChairOrOffice(viewer, rule.workingGroupId);
  }

  private async findOrThrow(id: string): Promise<NewsItemEntity> {
    const item = isUuid(id) ? await this.news.findById(id) : null;
    if (!item) throw new NotFoundError('News item', id);
    return item;
  }
}

export function toNewsItem(e: NewsItemEntity): NewsItem {
  return {
    id: e.id,
    title: e.title,
    body: e.body,
    bodyHtml: renderMarkdown(e.body),
    pinned: e.pinned,
    publishedAt: e.publishedAt,
    authorId: e.authorId,
    workingGroupId: e.workingGroupId,
  };
}

function toFaqEntry(e: FaqEntryEntity): FaqEntry {
  return {
    id: e.id,
    question: e.question,
    answer: e.answer,
    answerHtml: renderMarkdown(e.answer),
    position: e.position,
  };
}

function parseNewsCursor(after: string | null | undefined): NewsCursor | null {
  const key = decodeCursor(after);
  if (!key) return null;
  const [pinned, publishedAt, id] = key;
  if (
    typeof pinned !== 'boolean' ||
    typeof publishedAt !== 'string' ||
    Number.isNaN(Date.parse(publishedAt)) ||
    typeof id !== 'string' ||
    !isUuid(id)
  )
    throw BadUserInputError.field('after', 'not a cursor returned by this API');
  return { pinned, publishedAt, id };
}
