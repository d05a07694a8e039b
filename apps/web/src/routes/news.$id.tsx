import { Anchor, Group, Paper, Text } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { PinnedBadge } from '../features/news/pinned-badge';
import { graphql } from '../gql';
import type { NewsActionsItemFragment, NewsArticleFragment } from '../gql/graphql';
import { NotFound } from '../components/errors';
import { Loaded, Page } from '../components/page';
import { When } from '../components/time';
import { NewsSource } from '../features/news/news-entry';
import { NewsActions } from '../features/news/news-actions';
import { ServerHtml } from '../components/server-html';

const NewsItemPageQuery = graphql(`
  query NewsItemPage($id: ID!) {
    newsItem(id: $id) {
      ...NewsArticle
      ...NewsActionsItem
    }
  }
`);

export const NewsArticleFields = graphql(`
  fragment NewsArticle on NewsItem {
    id
    title
    pinned
    publishedAt
    bodyHtml
    author {
      id
      displayName
      affiliation
    }
    workingGroup {
      id
      code
      name
    }
  }
`);

/** `/news/:id`: one news item, its body as the server rendered and sanitized it. */
export default function NewsItemRoute() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: NewsItemPageQuery, variables: { id } });
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => (data.newsItem ? <NewsArticle item={data.newsItem} /> : <NotFound what="news item" />)}
    </Loaded>
  );
}

function NewsArticle({ item }: { item: NewsArticleFragment & NewsActionsItemFragment }) {
  const navigate = useNavigate();
  return (
    <Page
      title={item.title}
      actions={<NewsActions item={item} onDeleted={() => navigate(webPaths.news())} />}
      subtitle={
        <Group gap="xs" wrap="wrap">
          {item.pinned && <PinnedBadge />}
          <Text span inherit>
            <When at={item.publishedAt} kind="date" /> · by {item.author.displayName}
            {item.author.affiliation ? ` (${item.author.affiliation})` : ''} · <NewsSource item={item} />
          </Text>
        </Group>
      }
    >
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="article" aria-label={item.title}>
        <ServerHtml html={item.bodyHtml} />
      </Paper>
      <div>
        <Anchor component={Link} to={webPaths.news()}>
          All news
        </Anchor>
      </div>
    </Page>
  );
}
