import { renderEmail, type RenderedEmail } from '@cop/platform';

/** What the review request says; every value is read again by the job when it runs. */
export interface ReviewRequestMail {
  reviewerName: string;
  reportTitle: string;
  roundNumber: number;
  openedByName: string;
  note: string | null;
  reportUrl: string;
}

export function reviewRequestSubject(m: Pick<ReviewRequestMail, 'reportTitle'>): string {
  return `Review requested: ${m.reportTitle}`;
}

/** The e-mail asking one reviewer to review a report (the platform layout, HTML and text). */
export function renderReviewRequest(m: ReviewRequestMail): Promise<RenderedEmail> {
  const subject = reviewRequestSubject(m);
  return renderEmail({
    subject,
    preheader: `${m.openedByName} asks you to review ${m.reportTitle}.`,
    heading: subject,
    paragraphs: [
      `Hello ${m.reviewerName}, ${m.openedByName} opened review round ${m.roundNumber} of "${m.reportTitle}" and asks you to review it.`,
      'Comment on the report, its sections and its recommendations on its page.',
    ],
    // The editor's note is theirs, written in markdown; the layout renders and sanitizes it.
    bodyMarkdown: m.note ?? undefined,
    actions: [{ label: 'Open the report', url: m.reportUrl }],
    footer: { reason: 'You receive this because an editor of the report named you as a reviewer.' },
  });
}
