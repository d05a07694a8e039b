import { Stack, Table, Text } from '@mantine/core';
import { graphql } from '../../../gql';
import type { EvidencePreviewFiguresFragment } from '../../../gql/graphql';
import { When } from '../../../components/time';
import { plural } from '../../../components/words';
import { optionLabel, percent } from '../../surveys/results-format';

export const EvidencePreviewFiguresFields = graphql(`
  fragment EvidencePreviewFigures on EvidenceFigures {
    takenAt
    summary
    questionText
    responses
    shown
    answered
    mean
    options {
      key
      label
      count
      ratio
    }
    title
    excerpt
    version
    updatedAt
  }
`);

/**
 * The figures a link would quote, as the picker previews them: the one-line summary, then for a
 * survey result the question's tally under the filter, for the other kinds the title and an excerpt.
 */
export function EvidenceFiguresView({ figures: f }: { figures: EvidencePreviewFiguresFragment }) {
  return (
    <Stack gap="xs" style={{ minWidth: 0 }}>
      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
        {f.summary}
      </Text>
      {f.questionText && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {f.questionText}
          {f.responses !== null && f.responses !== undefined && (
            <Text span size="sm" c="dimmed">
              {' '}
              ({plural(f.responses, 'response', 'responses')} counted
              {typeof f.shown === 'number' ? `, shown to ${f.shown}` : ''}
              {typeof f.answered === 'number' ? `, answered by ${f.answered}` : ''})
            </Text>
          )}
        </Text>
      )}
      {f.options && f.options.length > 0 && (
        <Table.ScrollContainer minWidth={260}>
          <Table striped withTableBorder verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Answer</Table.Th>
                <Table.Th scope="col" ta="right">
                  Count
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Ratio
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {f.options.map((o) => (
                <Table.Tr key={o.key}>
                  <Table.Th scope="row" fw={400}>
                    {optionLabel(o)}
                  </Table.Th>
                  <Table.Td ta="right">{o.count}</Table.Td>
                  <Table.Td ta="right">{percent(o.ratio)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {typeof f.mean === 'number' && <Text size="sm">Mean: {f.mean.toFixed(2)}</Text>}
      {f.title && (
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {f.title}
          {typeof f.version === 'number' ? ` (version ${f.version})` : ''}
        </Text>
      )}
      {f.excerpt && (
        <Text size="sm" lineClamp={6} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {f.excerpt}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        Figures as of <When at={f.takenAt} />
        {f.updatedAt ? (
          <>
            ; the source was last changed <When at={f.updatedAt} kind="date" />
          </>
        ) : null}
        .
      </Text>
    </Stack>
  );
}
