import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { SurveyForm, type SurveyAnswers } from './survey-form';
import { toPreviewSections, type EditorValues } from './editor-model';

/**
 * The survey as a respondent sees it, from the editor's state: answers stay in this page only,
 * and sections and questions with conditions appear and disappear as they change.
 */
export function EditorPreview({ values }: { values: EditorValues }) {
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" title="A preview" role="note">
        Try the conditions here: these answers are not saved or sent anywhere.
      </Alert>
      <div>
        <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
          {values.title.trim() || 'Untitled survey'}
        </Title>
        {values.description.trim() && (
          <Text c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {values.description.trim()}
          </Text>
        )}
      </div>
      <SurveyForm
        sections={toPreviewSections(values)}
        answers={answers}
        onChange={setAnswers}
        headingOrder={3}
      />
      <Group>
        <Button variant="default" onClick={() => setAnswers({})}>
          Clear the preview&apos;s answers
        </Button>
      </Group>
    </Stack>
  );
}
