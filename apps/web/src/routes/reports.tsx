import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { ReportListEntryFragment, ReportStatus } from '../gql/graphql';
import { RetryAlert } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { RuledList, ShowMoreFooter, usePagesShown } from '../components/paged-list';
import { Day } from '../components/time';
import { plural } from '../components/words';
import { MembersOnly } from '../features/use-cases/members-only';
import { useShell } from '../features/viewer/viewer';
import { REPORT_STATUS_ORDER, REPORT_STATUS_WORDS, ReportStatusBadge } from '../features/reports/shared';

const ReportsPageQuery = graphql(`
  query ReportsPage($status: ReportStatus, $workingGroupId: ID, $first: Int!, $after: String) {
    reports(status: $status, workingGroupId: $workingGroupId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ReportListEntry
        }
      }
    }
    workingGroups {
      id
      code
      name
      viewerMembership {
        id
        role
        status
      }
    }
  }
`);

graphql(`
  fragment ReportListEntry on Report {
    id
    title
    kind
    status
    dueDate
    openComments
    target {
      id
      name
      dueDate
    }
    workingGroups {
      id
      code
      name
    }
  }
`);

const PAGE_SIZE = 20;

const isStatus = (v: string | null): v is ReportStatus => REPORT_STATUS_ORDER.includes(v as ReportStatus);

/** `/reports`: the CoP's reports, filtered by status and working group (in the URL). */
export default function ReportsRoute() {
  return (
    <MembersOnly signInText="Reports are for members of the community.">
      <Reports />
    </MembersOnly>
  );
}

function Reports() {
  const shell = useShell();
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const group = params.get('group');
  const pages = usePagesShown<ReportListEntryFragment>();
  const [result, refetch] = useQuery({
    query: ReportsPageQuery,
    variables: {
      status: isStatus(status) ? status : null,
      workingGroupId: group || null,
      first: PAGE_SIZE,
      after: pages.after,
    },
  });
  const retry = () => refetch({ requestPolicy: 'network-only' });
  const current = result.data?.reports;
  const groups = result.data?.workingGroups ?? [];
  const shown = pages.shown(current, result.fetching);
  const chairs = groups.some(
    (g) => g.viewerMembership?.role === 'CHAIR' && g.viewerMembership.status === 'ACTIVE',
  );
  const setFilter = (key: 'status' | 'group', value: string | null) => {
    pages.reset();
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  return (
    <Page
      title="Reports"
      subtitle="The working groups’ reports, each recommendation traced to its evidence."
      actions={
        shell.isOffice || chairs ? (
          <Button component={Link} to={webPaths.newReport()}>
            New report
          </Button>
        ) : undefined
      }
    >
      <Card withBorder component="section" aria-label="Filters" padding="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="Status"
            placeholder="Any status"
            data={REPORT_STATUS_ORDER.map((s) => ({ value: s, label: REPORT_STATUS_WORDS[s] }))}
            value={isStatus(status) ? status : null}
            onChange={(v) => setFilter('status', v)}
            clearable
          />
          <Select
            label="Working group"
            placeholder="Any group"
            data={groups.map((g) => ({ value: g.id, label: `${g.code}: ${g.name}` }))}
            value={group}
            onChange={(v) => setFilter('group', v)}
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
            <RuledList items={shown.items}>{(r) => <ReportEntry report={r} />}</RuledList>
          ) : (
            <Empty>{status || group ? 'No report matches these filters.' : 'No report yet.'}</Empty>
          )}
          {!current && result.error && (
            <RetryAlert title="More reports could not be loaded" error={result.error} retry={retry} />
          )}
          {shown.items.length > 0 && (
            <ShowMoreFooter
              shown={shown.items.length}
              total={current?.totalCount}
              noun={['report', 'reports']}
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

function ReportEntry({ report: r }: { report: ReportListEntryFragment }) {
  return (
    <Stack gap={6} component="article" aria-labelledby={`report-${r.id}`}>
      <Group gap="sm" wrap="wrap" justify="space-between">
        <Title order={2} size="h4" id={`report-${r.id}`} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
          <Anchor component={Link} to={webPaths.report(r.id)}>
            {r.title}
          </Anchor>
        </Title>
        <ReportStatusBadge status={r.status} />
      </Group>
      <Text size="sm" c="dimmed" component="div">
        <dl style={{ margin: 0 }}>
          <Entry term="Kind">{r.kind}</Entry>
          <Entry term="Groups">{r.workingGroups.map((g) => g.code).join(', ') || 'None'}</Entry>
          <Entry term="Due">{r.dueDate ? <Day date={r.dueDate} /> : 'No due date'}</Entry>
          {r.target && (
            <Entry term="Target">
              {r.target.name}, due <Day date={r.target.dueDate} />
            </Entry>
          )}
          <Entry term="Comments">{plural(r.openComments, 'open', 'open')}</Entry>
        </dl>
      </Text>
    </Stack>
  );
}

function Entry({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt style={{ display: 'inline', fontWeight: 600 }}>{term}: </dt>
      <dd style={{ display: 'inline', margin: 0 }}>{children}</dd>
    </div>
  );
}
