import { Accordion, Button } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import { Empty, Loaded, Page } from '../components/page';
import { ServerHtml } from '../components/server-html';
import { faqAnchor } from '../features/faq/faq-anchor';
import { useShell } from '../features/viewer/viewer';

const FaqPageQuery = graphql(`
  query FaqPage {
    faq {
      id
      question
      answerHtml
      position
    }
  }
`);

/**
 * `/faq`: the questions as an accordion. Each entry is addressable as `#faq-<id>`: arriving with
 * that hash (the home page links so) opens the entry and scrolls to it.
 */
export default function FaqRoute() {
  const [result, refetch] = useQuery({ query: FaqPageQuery });
  const { hash } = useLocation();
  const [open, setOpen] = useState<string[]>([]);
  const entries = result.data?.faq;
  const { isOffice } = useShell();

  useEffect(() => {
    const target = decodeURIComponent(hash.replace(/^#/, ''));
    if (!entries) return;
    const entry = entries.find((e) => faqAnchor(e.id) === target);
    if (!entry) return;
    setOpen((values) => (values.includes(entry.id) ? values : [...values, entry.id]));
    // After the panel has opened: scroll to the entry and put focus on its question.
    const frame = requestAnimationFrame(() => {
      const element = document.getElementById(target);
      element?.scrollIntoView({ block: 'start' });
      element?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [hash, entries]);

  return (
    <Page
      title="Frequently asked questions"
      subtitle="About the community, its working groups and how to take part."
      actions={
        isOffice ? (
          <Button component={Link} to={webPaths.editFaq()} variant="light">
            Edit the FAQ
          </Button>
        ) : undefined
      }
    >
      <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.faq.length ? (
            <Accordion multiple value={open} onChange={setOpen} variant="separated" order={2}>
              {data.faq.map((entry) => (
                <Accordion.Item
                  key={entry.id}
                  value={entry.id}
                  id={faqAnchor(entry.id)}
                  style={{ scrollMarginTop: 76 }}
                >
                  <Accordion.Control>{entry.question}</Accordion.Control>
                  <Accordion.Panel>
                    {/* Under the question's h2: the answer's headings start at h3. */}
                    <ServerHtml html={entry.answerHtml} headingOffset={2} />
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          ) : (
            <Empty>No questions have been answered here yet.</Empty>
          )
        }
      </Loaded>
    </Page>
  );
}
