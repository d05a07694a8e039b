import { Code, Stack, Tabs, Text } from '@mantine/core';

export type MailPreviewData = { subject: string; html: string; text: string };

/**
 * An e-mail as the server would send it: its HTML part in a sandboxed frame (no scripts, no
 * same-origin access, so the message cannot reach the app), and its plain-text part as written.
 */
export function MailPreview({ mail, label }: { mail: MailPreviewData; label: string }) {
  return (
    <Stack gap="xs">
      <Text size="sm">
        <Text span fw={600}>
          Subject:
        </Text>{' '}
        {mail.subject}
      </Text>
      <Tabs defaultValue="html" keepMounted={false}>
        <Tabs.List aria-label={`${label}: parts`}>
          <Tabs.Tab value="html">E-mail</Tabs.Tab>
          <Tabs.Tab value="text">Plain text</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="html" pt="xs">
          <iframe
            title={`${label} (HTML)`}
            srcDoc={mail.html}
            sandbox=""
            style={{
              width: '100%',
              height: 560,
              border: '1px solid var(--mantine-color-gray-3)',
              borderRadius: 4,
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="xs">
          <Code
            block
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            aria-label={`${label} (plain text)`}
          >
            {mail.text}
          </Code>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
