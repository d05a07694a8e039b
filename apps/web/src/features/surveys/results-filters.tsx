import { Button, Card, Checkbox, CloseButton, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { plural } from '../../components/words';
import { optionLabel } from './results-format';
import type { ResultsWhere } from './results-filter';
import { withOptions } from './results-filter';

/** A choice question the results can be narrowed by, with every option (Other too). */
export type FilterQuestion = { key: string; text: string; options: { key: string; label: string }[] };

/**
 * The cross-tabulation: the respondents who chose any ticked option of a question, and that for
 * every question picked. Each tick changes the URL (the page's state); a question picked but not
 * yet ticked stays here until removed, so unticking its last option does not make it vanish.
 */
export function ResultsFilters({
  questions,
  where,
  onChange,
  matched,
  total,
  hint = 'The address of this page keeps the filter, so you can share the view.',
}: {
  questions: FilterQuestion[];
  where: ResultsWhere;
  onChange: (next: ResultsWhere) => void;
  matched: number;
  total: number;
  /** What the filter's explanation ends with (where the filter is kept). */
  hint?: string;
}) {
  const headingId = useId();
  const [picked, setPicked] = useState<string[]>([]);
  const inUse = [...new Set([...where.map((f) => f.questionKey), ...picked])];
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const filtered = where.length > 0;

  const remove = (key: string) => {
    setPicked((keys) => keys.filter((k) => k !== key));
    onChange(withOptions(where, key, []));
  };
  const setOptions = (key: string, anyOf: string[]) => {
    if (!anyOf.length) setPicked((keys) => (keys.includes(key) ? keys : [...keys, key]));
    onChange(withOptions(where, key, anyOf));
  };
  const clear = () => {
    setPicked([]);
    onChange([]);
  };

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          Filter by answers
        </Title>
        <Text size="sm" c="dimmed">
          Count only the respondents who chose any of the ticked answers of each question below. {hint}
        </Text>
        {inUse.map((key) => {
          const q = byKey.get(key);
          if (!q) return null;
          const anyOf = where.find((f) => f.questionKey === key)?.anyOf ?? [];
          return (
            <Group key={key} align="flex-start" wrap="nowrap" gap="xs">
              <Checkbox.Group
                label={q.text}
                value={anyOf}
                onChange={(next) => setOptions(key, next)}
                style={{ flex: 1, minWidth: 0 }}
              >
                <Group gap="md" mt={6}>
                  {q.options.map((o) => (
                    <Checkbox key={o.key} value={o.key} label={optionLabel(o)} />
                  ))}
                </Group>
              </Checkbox.Group>
              <CloseButton aria-label={`Remove the filter on “${q.text}”`} onClick={() => remove(key)} />
            </Group>
          );
        })}
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label="Add a question to filter by"
            placeholder="Pick a question"
            data={questions
              .filter((q) => !inUse.includes(q.key))
              .map((q) => ({ value: q.key, label: q.text }))}
            value={null}
            onChange={(key) => key && setPicked((keys) => [...keys, key])}
            searchable
            style={{ flex: '1 1 18rem', minWidth: 0 }}
            comboboxProps={{ withinPortal: true }}
          />
          {(filtered || picked.length > 0) && (
            <Button variant="default" onClick={clear}>
              Clear filters
            </Button>
          )}
        </Group>
        <Text role="status" fw={500}>
          {filtered
            ? `${matched} of ${plural(total, 'response', 'responses')} match the filter.`
            : total
              ? `All ${plural(total, 'response', 'responses')} counted.`
              : 'No responses submitted yet.'}
        </Text>
      </Stack>
    </Card>
  );
}
