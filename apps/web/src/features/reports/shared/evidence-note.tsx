import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { When } from '../../../components/time';
import './reports.css';
import { EVIDENCE_KIND_WORDS, type EvidenceKindValue } from './report-words';

/** The figures of a piece of evidence at one moment: the snapshot, or the live ones. */
export type EvidenceFiguresData = { takenAt: string; summary: string };

/**
 * What a note needs of an `Evidence` (the API's type; a query's answer fits as it is).
 * A reader who may not see the source gets `visible: false` and nothing else of it.
 */
export type EvidenceNoteData = {
  id: string;
  kind: EvidenceKindValue;
  visible: boolean;
  label?: string | null;
  note?: string | null;
  sourcePath?: string | null;
  changed: boolean;
  confirmedAt?: string | null;
  snapshot?: EvidenceFiguresData | null;
  live?: EvidenceFiguresData | null;
};

/** The "evidence changed" badge: the live figures differ from those the report quotes. */
export function EvidenceChangedBadge() {
  return (
    <Badge variant="light" color="orange" tt="none" style={{ flexShrink: 0 }}>
      Evidence changed
    </Badge>
  );
}

/**
 * One evidence note: what it is (linked to the live source), the figures as they were when
 * linked or last re-confirmed, the editor's note, and, when the source has moved on since, the
 * "evidence changed" badge with the new figures. Evidence the reader may not see says only that.
 */
export function EvidenceNoteBody({ evidence: e }: { evidence: EvidenceNoteData }) {
  if (!e.visible)
    return (
      <Text fs="italic" c="dimmed" size="sm">
        Evidence you may not see
      </Text>
    );
  const kind = EVIDENCE_KIND_WORDS[e.kind];
  return (
    <Stack gap={4} style={{ minWidth: 0 }}>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        <Text span size="sm" fw={600}>
          {kind}:{' '}
        </Text>
        {e.sourcePath ? (
          <Anchor component={Link} to={e.sourcePath} size="sm" underline="always">
            {e.label ?? kind}
          </Anchor>
        ) : (
          (e.label ?? kind)
        )}
      </Text>
      {e.snapshot && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {e.snapshot.summary}{' '}
          <Text span size="sm" c="dimmed">
            ({e.confirmedAt ? 're-confirmed' : 'as linked'} <When at={e.snapshot.takenAt} kind="date" />)
          </Text>
        </Text>
      )}
      {e.note && (
        <Text size="sm" fs="italic" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {e.note}
        </Text>
      )}
      {e.changed && (
        <Group gap="xs" wrap="wrap" align="baseline">
          <EvidenceChangedBadge />
          <Text size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0, flex: '1 1 12rem' }}>
            {e.live ? (
              <>
                Now: {e.live.summary}{' '}
                <Text span size="sm" c="dimmed">
                  (<When at={e.live.takenAt} kind="date" />)
                </Text>
              </>
            ) : (
              'The source is no longer there.'
            )}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

/**
 * A recommendation's evidence as numbered notes; `numbers` are the report-wide numbers
 * (numberEvidence), so note 4 is the fourth piece of evidence in reading order.
 */
export function EvidenceNotes({
  evidence,
  numbers,
}: {
  evidence: readonly EvidenceNoteData[];
  numbers: ReadonlyMap<string, number>;
}) {
  if (!evidence.length) return null;
  return (
    <ol className="cop-evidence-notes">
      {evidence.map((e) => {
        const n = numbers.get(e.id);
        return (
          <li key={e.id} value={n} id={n ? evidenceNoteAnchor(n) : undefined}>
            <EvidenceNoteBody evidence={e} />
          </li>
        );
      })}
    </ol>
  );
}

/** The id of note n in the reading view (`#note-3`). */
export const evidenceNoteAnchor = (n: number) => `note-${n}`;
