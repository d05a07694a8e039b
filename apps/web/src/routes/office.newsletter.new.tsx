import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Loaded, Page } from '../components/page';
import { NewsletterComposer } from '../features/office/newsletter-composer';

const OfficeNewNewsletterPageQuery = graphql(`
  query OfficeNewNewsletterPage {
    viewer {
      person {
        id
        email
      }
    }
  }
`);

/** `/office/newsletter/new`: a new issue; the first save (or action) gives it its own page. */
export default function OfficeNewNewsletterRoute() {
  const [result, refetch] = useQuery({ query: OfficeNewNewsletterPageQuery });
  return (
    <Page
      title="New newsletter issue"
      subtitle="Write it, preview the real e-mail, test it, then send or schedule it."
    >
      <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => <NewsletterComposer viewerEmail={data.viewer?.person?.email ?? null} />}
      </Loaded>
    </Page>
  );
}
