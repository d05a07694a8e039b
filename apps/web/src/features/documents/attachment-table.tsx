import { Anchor, Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { graphql } from '../../gql';
import type { AttachmentRowFragment } from '../../gql/graphql';
import { Empty } from '../../components/page';
import { When } from '../../components/time';

export const AttachmentRowFields = graphql(`
  fragment AttachmentRow on Attachment {
    id
    filename
    size
    contentType
    downloadUrl
    uploadedAt
    uploadedBy {
      id
      displayName
    }
  }
`);

/** Bytes for people: 532 bytes, 14.2 kB, 3.1 MB (powers of 1000). */
export function humanSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat('en', { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${units[unit]}`;
}

/**
 * A document's files: each a download link, with its size, type and who added it when;
 * `action` adds a last column (the editor's Remove button).
 */
export function AttachmentTable({
  attachments,
  action,
}: {
  attachments: AttachmentRowFragment[];
  action?: { label: string; render: (attachment: AttachmentRowFragment) => ReactNode };
}) {
  if (!attachments.length) return <Empty>No files attached.</Empty>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" striped>
        <Table.Caption>
          <VisuallyHidden>Attached files</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">File</Table.Th>
            <Table.Th scope="col">Size</Table.Th>
            <Table.Th scope="col">Type</Table.Th>
            <Table.Th scope="col">Added</Table.Th>
            {action && (
              <Table.Th scope="col">
                <VisuallyHidden>{action.label}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {attachments.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Anchor href={a.downloadUrl} download={a.filename}>
                  {a.filename}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{humanSize(a.size)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{a.contentType}</Table.Td>
              <Table.Td>
                <When at={a.uploadedAt} kind="date" /> by {a.uploadedBy.displayName}
              </Table.Td>
              {action && <Table.Td>{action.render(a)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
