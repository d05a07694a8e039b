import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** What a page that crashed shows: words and a way out, never a stack trace. */
export function RouteError() {
  const error = useRouteError();
  const chunkFailed =
    error instanceof Error && /dynamically imported module|Importing a module script/.test(error.message);
  return (
    <Container size="sm" py="xl" component="main">
      <Stack gap="md" role="alert">
        <Title order={1}>
          {isRouteErrorResponse(error) && error.status === 404 ? 'Not found' : 'Something went wrong'}
        </Title>
        <Text>
          {chunkFailed
            ? 'A new version of the site was published. Reload the page to continue.'
            : 'This page failed to show. Reloading usually helps; if it does not, tell the project office.'}
        </Text>
        <Button onClick={() => window.location.reload()} w="fit-content">
          Reload the page
        </Button>
      </Stack>
    </Container>
  );
}
