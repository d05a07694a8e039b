import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { EditDocumentPageQuery } from '../gql/graphql';
import { NotAllowed, NotFound, SignInNeeded } from '../components/errors';
import { Loaded, Page, PageLoader } from '../components/page';
import { useShell } from '../features/viewer/viewer';
import { DocumentForm } from '../features/documents/document-form';
import { documentValues } from '../features/documents/document-form-model';
import {
  AttachmentDropzone,
  AttachmentManager,
  useAttachmentUploads,
} from '../features/documents/attachment-upload';
import { DeleteDocumentButton } from '../features/documents/delete-document';

const EditDocumentPageQuery = graphql(`
  query EditDocumentPage($id: ID!) {
    document(id: $id) {
      ...DocumentFormSource
      viewerCanEdit
      viewerCanDelete
      attachments {
        ...AttachmentRow
      }
    }
    ...DocumentFormOptions
  }
`);

type EditableDocument = NonNullable<EditDocumentPageQuery['document']>;

/** `/documents/:id/edit`: its author, a chair of its groups or the office change it and its files. */
export default function EditDocumentRoute() {
  const { id = '' } = useParams();
  const shell = useShell();
  const [result, refetch] = useQuery({
    query: EditDocumentPageQuery,
    variables: { id },
    pause: !shell.signedIn,
    requestPolicy: 'cache-and-network',
  });
  if (!shell.result.data) return <PageLoader />;
  if (!shell.signedIn || !shell.person) return <SignInNeeded>Sign in to change this document.</SignInNeeded>;
  const personId = shell.person.id;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Loaded result={result} retry={reload}>
      {(data) => {
        const d = data.document;
        if (!d) return <NotFound what="document" />;
        if (!d.viewerCanEdit) return <NotAllowed />;
        return (
          <EditDocument
            key={d.id}
            personId={personId}
            document={d}
            groups={data.workingGroups}
            limits={data.documentLimits}
            reload={reload}
          />
        );
      }}
    </Loaded>
  );
}

function EditDocument({
  personId,
  document,
  groups,
  limits,
  reload,
}: {
  personId: string;
  document: EditableDocument;
  groups: EditDocumentPageQuery['workingGroups'];
  limits: { attachmentMaxBytes: number; bodyMaxBytes: number };
  reload: () => void;
}) {
  // The form starts from the version loaded first; later reloads (after an upload) leave it be.
  const [initial] = useState(() => documentValues(document));
  const [loaded] = useState(() => ({ id: document.id, version: document.version, title: document.title }));
  const uploads = useAttachmentUploads(limits.attachmentMaxBytes);
  return (
    <Page
      title={`Edit: ${loaded.title}`}
      actions={
        document.viewerCanDelete ? <DeleteDocumentButton id={document.id} title={document.title} /> : null
      }
    >
      <DocumentForm
        personId={personId}
        initial={initial}
        groups={groups}
        limits={limits}
        document={loaded}
        files={
          <Stack gap="md">
            <Text size="sm">Files are attached and removed at once: no need to save the form for them.</Text>
            <AttachmentManager attachments={document.attachments} onRemoved={reload} />
            <AttachmentDropzone
              uploads={uploads}
              maxBytes={limits.attachmentMaxBytes}
              documentId={document.id}
              onUploaded={reload}
            />
          </Stack>
        }
      />
    </Page>
  );
}
