import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ListArgs, NotFoundError } from '@cop/platform';
import {
  Access,
  CurrentScope,
  CurrentViewer,
  PeopleService,
  Person,
  type Scope,
  type Viewer,
  type ViewerRequest,
} from '@cop/identity';
import { WorkingGroup, WorkingGroupsService } from '@cop/community';
import { FaqEntryInput, NewsInput } from './inputs/news.input';
import { FaqEntry, NewsConnection, NewsItem } from './models/news.model';
import { NewsService } from './news.service';

@Resolver(() => NewsItem)
export class NewsResolver {
  constructor(
    private readonly newsService: NewsService,
    private readonly people: PeopleService,
    private readonly groups: WorkingGroupsService,
  ) {}

  /** Public, like the community's home page. */
  @Query(() => NewsConnection)
  @Access('ANYONE')
  news(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<NewsConnection> {
    return this.newsService.page(first, after);
  }

  @Query(() => NewsItem, { nullable: true, description: 'One news item; null when the id names none.' })
  @Access('ANYONE')
  newsItem(@Args('id', { type: () => ID }) id: string): Promise<NewsItem | null> {
    return this.newsService.item(id);
  }

  @Query(() => [FaqEntry])
  @Access('ANYONE')
  faq(): Promise<FaqEntry[]> {
    return this.newsService.faq();
  }

  @ResolveField(() => Person)
  @Access('ANYONE')
  async author(@Parent() item: NewsItem, @CurrentScope() scope: Scope): Promise<Person> {
    const person = await this.people.load(scope.loaders, item.authorId);
    if (!person) throw new NotFoundError('Person', item.authorId);
    return this.people.toModel(person, scope.viewer);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the viewer may updateNews / deleteNews it: OFFICE; a CHAIR of its working group. False when anonymous.',
  })
  @Access('ANYONE')
  viewerCanManage(@Parent() item: NewsItem, @CurrentScope() scope: Scope): Promise<boolean> {
    return this.newsService.viewerMayManage(scope, item);
  }

  @ResolveField(() => WorkingGroup, { nullable: true, description: 'Null: community-wide news.' })
  @Access('ANYONE')
  workingGroup(@Parent() item: NewsItem, @Context('req') req: ViewerRequest): Promise<WorkingGroup | null> {
    return item.workingGroupId ? this.groups.load(req, item.workingGroupId) : Promise.resolve(null);
  }

  @Mutation(() => NewsItem, { description: 'OFFICE; CHAIR for news of their own working group.' })
  @Access('MEMBER')
  publishNews(@CurrentViewer() viewer: Viewer, @Args('input') input: NewsInput): Promise<NewsItem> {
    return this.newsService.publish(viewer, input);
  }

  @Mutation(() => NewsItem)
  @Access('MEMBER')
  updateNews(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: NewsInput,
  ): Promise<NewsItem> {
    return this.newsService.update(viewer, id, input);
  }

  @Mutation(() => Boolean)
  @Access('MEMBER')
  deleteNews(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.newsService.delete(viewer, id);
  }

  @Mutation(() => [FaqEntry], { description: 'OFFICE; replaces the whole list, in this order.' })
  @Access('OFFICE')
  setFaq(@ListArgs('entries', FaqEntryInput) entries: FaqEntryInput[]): Promise<FaqEntry[]> {
    return this.newsService.setFaq(entries);
  }
}
