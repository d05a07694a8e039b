import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../components/errors';
import type { PickedPerson } from './people-picker';

const ExpertSuggestionsQuery = graphql(`
  query ExpertSuggestions($id: ID!) {
    useCase(id: $id) {
      id
      expertSuggestions(first: 8) {
        score
        reasons
        person {
          id
          displayName
          affiliation
        }
      }
    }
  }
`);

/**
 * The office's help in picking experts (issue 26): people whose expertise matches the use case's
 * domains and title, each with why, and an Add button that puts them among the experts being
 * edited (saved with the form). The API leaves out the saved experts; those added here go too.
 */
export function ExpertSuggestions({
  useCaseId,
  chosen,
  onAdd,
}: {
  useCaseId: string;
  chosen: readonly string[];
  onAdd: (person: PickedPerson) => void;
}) {
  const [result, retry] = useQuery({ query: ExpertSuggestionsQuery, variables: { id: useCaseId } });
  const suggestions = (result.data?.useCase?.expertSuggestions ?? []).filter(
    (s) => !chosen.includes(s.person.id),
  );
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="expert-suggestions-title">
      <Title order={3} size="h5" id="expert-suggestions-title">
        Suggested
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        Members whose expertise matches this use case&apos;s domains and title. Save to keep the experts you
        add.
      </Text>
      {result.error ? (
        <Alert color="red" title="Suggestions are not available">
          <Group gap="sm">
            <Text size="sm">{errorMessage(result.error) ?? 'They could not be loaded.'}</Text>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => retry({ requestPolicy: 'network-only' })}
            >
              Try again
            </Button>
          </Group>
        </Alert>
      ) : result.fetching && !result.data ? (
        <Text size="sm">Looking for matching expertise…</Text>
      ) : suggestions.length === 0 ? (
        <Text size="sm" fs="italic">
          Nobody else&apos;s shared expertise matches yet.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {suggestions.map((s) => (
            <li key={s.person.id}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {s.person.displayName}
                    {s.person.affiliation ? (
                      <Text span c="dimmed" size="sm" fw={400}>
                        {' '}
                        ({s.person.affiliation})
                      </Text>
                    ) : null}
                  </Text>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {s.reasons.join('; ')}
                  </Text>
                </div>
                <Button
                  size="compact-sm"
                  variant="light"
                  aria-label={`Add ${s.person.displayName} as an expert`}
                  style={{ flexShrink: 0 }}
                  onClick={() => onAdd(s.person)}
                >
                  Add
                </Button>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}
