import { Button, Group, Select, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { timeZoneOptions } from '../settings/places';

/**
 * A searchable select over the browser's IANA zones (type "Rome" or "Chicago"); when the zone is
 * not `proposed` (the chair's own), a button puts it back.
 */
export function ZonePicker({
  value,
  onChange,
  onBlur,
  proposed,
  error,
  description,
  name,
}: {
  value: string;
  onChange: (zone: string) => void;
  onBlur?: () => void;
  proposed: string;
  error?: string;
  description?: string;
  name?: string;
}) {
  const zones = useMemo(() => timeZoneOptions(value || proposed), [value, proposed]);
  return (
    <Stack gap={6}>
      <Select
        label="Time zone"
        name={name}
        description={description}
        required
        data={zones}
        searchable
        limit={100}
        nothingFoundMessage="No zone by that name"
        value={value || null}
        onChange={(zone) => zone && onChange(zone)}
        onBlur={onBlur}
        error={error}
        allowDeselect={false}
      />
      {value !== proposed && (
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange(proposed)}>
            Use my zone ({proposed})
          </Button>
        </Group>
      )}
    </Stack>
  );
}
