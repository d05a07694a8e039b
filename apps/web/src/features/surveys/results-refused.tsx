import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { webPaths } from '@cop/web-routes';
import { DeadEnd, SignInNeeded } from '../../components/errors';

/**
 * Why the results are not shown, in words: the signed out are asked to sign in, members learn
 * that results open when the survey closes (until then they may answer it), guests that results
 * are for members and the project office.
 */
export function ResultsRefused({ slug, role }: { slug: string; role: string | null }) {
  if (!role)
    return (
      <SignInNeeded>
        Survey results are for members of the community and the project office: sign in to read them.
      </SignInNeeded>
    );
  return role === 'MEMBER' ? (
    <DeadEnd
      title="Results not yet available"
      action={
        <Button component={Link} to={webPaths.survey(slug)}>
          Go to the survey
        </Button>
      }
    >
      Members read a survey’s results once it has closed. This survey has not closed yet: until then only the
      project office sees its results.
    </DeadEnd>
  ) : (
    <DeadEnd
      title="Not allowed"
      action={
        <Button component={Link} to={webPaths.surveys()}>
          Go to the surveys
        </Button>
      }
    >
      Survey results are for members of the community and the project office.
    </DeadEnd>
  );
}
