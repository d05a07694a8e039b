import { Alert, Button, Group, Stack, Text } from '@mantine/core';

/**
 * A save refused with CONFLICT: someone saved a newer version since this editor opened it. Says
 * so plainly, shows their text (as written, never as HTML) and keeps the writer's own in the form:
 * take theirs, or save over it with the form's button.
 */
export function ConflictNotice({
  what,
  version,
  base,
  theirs,
  onTakeTheirs,
}: {
  what: string;
  /** The version as the page knows it now (theirs, once the page has reloaded). */
  version: number;
  /** The version this editor began on. */
  base: number;
  theirs: { label: string; text: string }[];
  onTakeTheirs: () => void;
}) {
  const known = version > base;
  return (
    <Alert
      color="orange"
      variant="light"
      title={`Someone else saved ${what} while you were editing`}
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">
          Your changes are not saved yet, and nothing you typed is lost: it is still in the form below.
          {known
            ? ` They saved version ${version} (you began on version ${base}). Compare, then take their version or save yours over it.`
            : ' Reading their version…'}
        </Text>
        {known &&
          theirs.map((t) => (
            <div key={t.label}>
              <Text size="sm" fw={600}>
                Their {t.label.toLowerCase()}
              </Text>
              <Text
                size="sm"
                component="div"
                style={{
                  whiteSpace: 'pre-wrap',
                  overflowWrap: 'anywhere',
                  maxHeight: '14rem',
                  overflowY: 'auto',
                }}
                tabIndex={t.text.length > 400 ? 0 : undefined}
                fs={t.text ? undefined : 'italic'}
              >
                {t.text || '(empty)'}
              </Text>
            </div>
          ))}
        {known && (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={onTakeTheirs}>
              Take their version
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
