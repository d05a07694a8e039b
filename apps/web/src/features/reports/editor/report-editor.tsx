import { Button, Card, Grid, NativeSelect, Stack, Tabs, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../../gql';
import type { EditReportPageQuery } from '../../../gql/graphql';
import { Page } from '../../../components/page';
import { UnsavedChangesDialog, useUnsavedChanges } from '../../../components/unsaved-changes';
import { plural } from '../../../components/words';
import { ReportComments } from '../comments';
import { CoveragePanel } from '../coverage/coverage-panel';
import { ReportStatusBadge } from '../shared';
import type { CommentsTarget } from './comments-target';
import { ReportDetailsPanel } from './details-panel';
import { useDirtyForms } from './dirty';
import { NewSection } from './new-section';
import { SectionItem } from './section-item';

/** The editor's page: the report, its sections with their recommendations and evidence, coverage. */
export const EditReportPageDocument = graphql(`
  query EditReportPage($id: ID!) {
    report(id: $id) {
      id
      title
      kind
      status
      viewerCanEdit
      changedEvidence
      ...EditorReportDetails
      sections {
        ...EditorSection
      }
      coverage {
        ...ReportCoveragePanel
      }
    }
  }
`);

export type EditableReport = NonNullable<EditReportPageQuery['report']>;

/** Every section and recommendation the comments panel can show the threads of. */
function commentTargets(report: EditableReport): (CommentsTarget & { key: string; option: string })[] {
  return report.sections.flatMap((s) => [
    {
      key: `s:${s.id}`,
      option: `Section ${s.number}: ${s.title}`,
      anchor: { sectionId: s.id },
      label: `section ${s.number} ${s.title}`,
    },
    ...s.recommendations.map((r) => ({
      key: `r:${r.id}`,
      option: `Recommendation ${r.number}`,
      anchor: { recommendationId: r.id },
      label: `recommendation ${r.number}`,
    })),
  ]);
}

const targetKey = (t: CommentsTarget) =>
  'sectionId' in t.anchor ? `s:${t.anchor.sectionId}` : `r:${t.anchor.recommendationId}`;

/**
 * `/reports/:id/edit` once loaded: the sections in order, each edited on its own, with their
 * recommendations and evidence; beside them (below them on a phone) coverage and the comments
 * of the section or recommendation chosen.
 */
export function ReportEditor({ report, reload }: { report: EditableReport; reload: () => void }) {
  const [panel, setPanel] = useState<string | null>('coverage');
  const [commentsOn, setCommentsOn] = useState<string | null>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const forms = useDirtyForms();
  const { blocker } = useUnsavedChanges(forms.dirty);
  const targets = commentTargets(report);
  const target = targets.find((t) => t.key === commentsOn) ?? targets[0] ?? null;

  const openComments = (t: CommentsTarget) => {
    setCommentsOn(targetKey(t));
    setPanel('comments');
    // The panel may sit below the text (a phone): take the reader there.
    requestAnimationFrame(() => {
      panelHeading.current?.focus();
      panelHeading.current?.scrollIntoView({ block: 'nearest' });
    });
  };

  const sections = report.sections;
  const changed = report.changedEvidence;
  return (
    <Page
      title={`Edit: ${report.title}`}
      subtitle={
        <Stack gap={2}>
          <Text
            c="dimmed"
            component="div"
            size="sm"
            style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}
          >
            <ReportStatusBadge status={report.status} />
            <span>{report.kind}</span>
            <span>·</span>
            <span>{plural(sections.length, 'section', 'sections')}</span>
            {changed > 0 && (
              <>
                <span>·</span>
                <Text span size="sm" c="var(--mantine-color-text)" fw={700}>
                  {changed === 1 ? '1 piece of evidence changed' : `${changed} pieces of evidence changed`}
                </Text>
              </>
            )}
          </Text>
        </Stack>
      }
      actions={
        <Button component={Link} to={webPaths.report(report.id)} variant="default">
          View
        </Button>
      }
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }} style={{ minWidth: 0 }}>
          <Stack gap="lg">
            {sections.length === 0 && (
              <Text c="dimmed" fs="italic">
                No sections yet: add the first one.
              </Text>
            )}
            {sections.map((s, i) => (
              <SectionItem
                key={s.id}
                section={s}
                count={sections.length}
                previous={
                  i > 0
                    ? { id: sections[i - 1].id, recommendations: sections[i - 1].recommendations.length }
                    : null
                }
                next={
                  i < sections.length - 1
                    ? { id: sections[i + 1].id, recommendations: sections[i + 1].recommendations.length }
                    : null
                }
                canEdit={report.viewerCanEdit}
                reload={reload}
                onComments={openComments}
                markDirty={forms.mark}
              />
            ))}
            {report.viewerCanEdit && (
              <NewSection reportId={report.id} count={sections.length} markDirty={forms.mark} />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }} style={{ minWidth: 0 }}>
          <Card withBorder component="aside" aria-label="Coverage and comments">
            <Tabs value={panel} onChange={setPanel} keepMounted={false}>
              <Tabs.List aria-label="Side panels" grow>
                <Tabs.Tab value="coverage">Coverage</Tabs.Tab>
                <Tabs.Tab value="comments">Comments</Tabs.Tab>
                <Tabs.Tab value="details">Details</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="coverage" pt="sm">
                <CoveragePanel coverage={report.coverage} />
              </Tabs.Panel>
              {/* Kept while another panel shows: what was typed in it stays. */}
              <Tabs.Panel value="details" pt="sm" keepMounted>
                <ReportDetailsPanel report={report} markDirty={forms.mark} />
              </Tabs.Panel>
              <Tabs.Panel value="comments" pt="sm">
                <Stack gap="sm">
                  <Title order={2} size="h4" ref={panelHeading} tabIndex={-1}>
                    Comments
                  </Title>
                  {target ? (
                    <>
                      <NativeSelect
                        label="Comments on"
                        value={target.key}
                        onChange={(e) => setCommentsOn(e.currentTarget.value)}
                        data={targets.map((t) => ({ value: t.key, label: t.option }))}
                      />
                      <ReportComments
                        key={target.key}
                        report={report}
                        anchor={target.anchor}
                        label={target.label}
                      />
                    </>
                  ) : (
                    <Text c="dimmed" fs="italic" size="sm">
                      Comments go on a section or a recommendation: there are none yet.
                    </Text>
                  )}
                </Stack>
              </Tabs.Panel>
            </Tabs>
          </Card>
        </Grid.Col>
      </Grid>
      <UnsavedChangesDialog blocker={blocker} what="this report" />
    </Page>
  );
}
