import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { ScientificDomain, UseCaseListEntryFragment, UseCaseStatus } from '../gql/graphql';
import { RetryAlert } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { RuledList, ShowMoreFooter, usePagesShown } from '../components/paged-list';
import { MembersOnly } from '../features/use-cases/members-only';
import { CompletenessBar, StatusBadge } from '../features/use-cases/use-case-badges';
import { DOMAINS, DOMAIN_WORDS, STATUS_ORDER, STATUS_WORDS } from '../features/use-cases/use-case-words';

const UseCasesPageQuery = graphql(`
  query UseCasesPage($status: UseCaseStatus, $domain: ScientificDomain, $first: Int!, $after: String) {
    useCases(status: $status, domain: $domain, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...UseCaseListEntry
        }
      }
    }
  }
`);

graphql(`
  fragment UseCaseListEntry on UseCase {
    id
    title
    summary
    status
    completeness
    domains
    workingGroups {
      id
      code
      name
    }
    experts {
      id
      displayName
    }
  }
`);

const PAGE_SIZE = 20;

const isStatus = (v: string | null): v is UseCaseStatus => STATUS_ORDER.includes(v as UseCaseStatus);
const isDomain = (v: string | null): v is ScientificDomain => DOMAINS.includes(v as ScientificDomain);

/** `/use-cases`: the compendium, newest updated first, filtered by status and domain (in the URL). */
export default function UseCasesRoute() {
  return (
    <MembersOnly signInText="The compendium of use cases is for members.">
      <UseCases />
    </MembersOnly>
  );
}

function UseCases() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const status = params.get('status');
  const domain = params.get('domain');
  const filter = { status: isStatus(status) ? status : null, domain: isDomain(domain) ? domain : null };
  // A new filter starts again from the first page.
  const pages = usePagesShown<UseCaseListEntryFragment>();
  const [result, refetch] = useQuery({
    query: UseCasesPageQuery,
    variables: { ...filter, first: PAGE_SIZE, after: pages.after },
  });
  const retry = () => refetch({ requestPolicy: 'network-only' });
  const current = result.data?.useCases;
  const shown = pages.shown(current, result.fetching);
  const setFilter = (next: { status?: string | null; domain?: string | null }) => {
    pages.reset();
    const merged = { status: filter.status, domain: filter.domain, ...next };
    navigate(webPaths.useCases({ status: merged.status ?? undefined, domain: merged.domain ?? undefined }));
  };

  return (
    <Page
      title="Use cases"
      subtitle="The compendium: each use case from its science to its requirements and gaps, in the template's eight parts."
      actions={
        <>
          <Button component={Link} to={webPaths.useCaseTotals()} variant="default">
            Requirement totals
          </Button>
          <Button component={Link} to={webPaths.newUseCase()}>
            Propose a use case
          </Button>
        </>
      }
    >
      <Card withBorder component="section" aria-label="Filters" padding="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="Status"
            placeholder="Any status"
            data={STATUS_ORDER.map((s) => ({ value: s, label: STATUS_WORDS[s] }))}
            value={filter.status}
            onChange={(v) => setFilter({ status: v })}
            clearable
          />
          <Select
            label="Domain"
            placeholder="Any domain"
            data={DOMAINS.map((d) => ({ value: d, label: DOMAIN_WORDS[d] }))}
            value={filter.domain}
            onChange={(v) => setFilter({ domain: v })}
            clearable
            searchable
          />
        </SimpleGrid>
      </Card>
      {!current && !shown.items.length ? (
        <Loaded result={result} retry={retry}>
          {() => null}
        </Loaded>
      ) : (
        <>
          {shown.items.length ? (
            <RuledList items={shown.items}>{(u) => <UseCaseEntry useCase={u} />}</RuledList>
          ) : (
            <Empty>
              {filter.status || filter.domain ? 'No use case matches these filters.' : 'No use case yet.'}
            </Empty>
          )}
          {!current && result.error && (
            <RetryAlert title="More use cases could not be loaded" error={result.error} retry={retry} />
          )}
          {shown.items.length > 0 && (
            <ShowMoreFooter
              shown={shown.items.length}
              total={current?.totalCount}
              noun={['use case', 'use cases']}
              loadingMore={shown.loadingMore}
              hasMore={shown.hasMore}
              onMore={shown.showMore}
            />
          )}
        </>
      )}
    </Page>
  );
}

function UseCaseEntry({ useCase: u }: { useCase: UseCaseListEntryFragment }) {
  return (
    <Stack gap={6} component="article" aria-labelledby={`use-case-${u.id}`}>
      <Group gap="sm" wrap="wrap" justify="space-between">
        <Title order={2} size="h4" id={`use-case-${u.id}`} style={{ overflowWrap: 'anywhere' }}>
          <Anchor component={Link} to={webPaths.useCase(u.id)}>
            {u.title}
          </Anchor>
        </Title>
        <StatusBadge status={u.status} />
      </Group>
      <CompletenessBar completeness={u.completeness} />
      {u.summary && (
        <Text size="sm" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
          {u.summary}
        </Text>
      )}
      <Text size="sm" c="dimmed" component="div">
        <Facts
          items={[
            ['Domains', u.domains.map((d) => DOMAIN_WORDS[d]).join(', ') || 'None given'],
            ['Groups', u.workingGroups.map((g) => g.code).join(', ') || 'None'],
            ['Experts', u.experts.map((e) => e.displayName).join(', ') || 'None yet'],
          ]}
        />
      </Text>
    </Stack>
  );
}

function Facts({ items }: { items: [string, string][] }) {
  return (
    <dl style={{ margin: 0 }}>
      {items.map(([term, value]) => (
        <div key={term}>
          <dt style={{ display: 'inline', fontWeight: 600 }}>{term}: </dt>
          <dd style={{ display: 'inline', margin: 0 }}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
