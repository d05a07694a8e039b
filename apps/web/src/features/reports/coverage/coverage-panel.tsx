import { Anchor, Button, Progress, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { CoverageItemKind, ReportCoveragePanelFragment } from '../../../gql/graphql';

export const ReportCoveragePanelFields = graphql(`
  fragment ReportCoveragePanel on ReportCoverage {
    cited
    total
    uncited {
      kind
      label
      sourcePath
    }
  }
`);

const KIND_HEADINGS: { kind: CoverageItemKind; heading: string }[] = [
  { kind: 'USE_CASE_GAP', heading: 'Use-case gap analyses' },
  { kind: 'REQUIREMENT', heading: 'Requirements' },
  { kind: 'SURVEY_QUESTION', heading: 'Survey questions' },
];

/**
 * Coverage: how many of the use-case gaps, requirements and survey questions in scope some
 * recommendation cites, and those none does, each linked to its source.
 */
export function CoveragePanel({ coverage }: { coverage: ReportCoveragePanelFragment }) {
  const headingId = useId();
  const { cited, total, uncited } = coverage;
  const percent = total ? Math.round((cited / total) * 100) : 100;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        Coverage
      </Title>
      <Text size="sm">
        <Text span fw={700}>
          {cited} of {total}
        </Text>{' '}
        cited by a recommendation
      </Text>
      <Progress value={percent} aria-label={`Coverage: ${cited} of ${total} cited`} color="teal.8" />
      <Text size="xs" c="dimmed">
        In scope: each complete use case’s gap analysis and its requirements, and every question of the
        surveys the report cites.
      </Text>
      {uncited.length === 0 ? (
        <Text size="sm">{total ? 'Everything in scope is cited.' : 'Nothing in scope yet.'}</Text>
      ) : (
        KIND_HEADINGS.map(({ kind, heading }) => {
          const items = uncited.filter((i) => i.kind === kind);
          return items.length ? <UncitedGroup key={kind} heading={heading} items={items} /> : null;
        })
      )}
    </Stack>
  );
}

/** How many of a kind show before "Show all". */
const FIRST = 5;

type Uncited = ReportCoveragePanelFragment['uncited'][number];

/** The uncited items of one kind, each linked to its source; the first few, then all on request. */
function UncitedGroup({ heading, items }: { heading: string; items: readonly Uncited[] }) {
  const [all, setAll] = useState(false);
  const listId = useId();
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {heading} not cited ({items.length})
      </Title>
      <Stack component="ul" id={listId} gap={4} style={{ margin: 0, paddingLeft: '1.1rem' }}>
        {shown.map((item, i) => (
          <li key={`${item.sourcePath}|${item.label}|${i}`}>
            <Anchor
              component={Link}
              to={item.sourcePath}
              size="sm"
              underline="always"
              style={{ overflowWrap: 'anywhere' }}
            >
              {item.label}
            </Anchor>
          </li>
        ))}
      </Stack>
      {items.length > FIRST && (
        <div>
          <Button
            size="compact-sm"
            variant="subtle"
            aria-expanded={all}
            aria-controls={listId}
            onClick={() => setAll(!all)}
          >
            {all ? `Show the first ${FIRST}` : `Show all ${items.length}`}
          </Button>
        </div>
      )}
    </Stack>
  );
}
