import { renderEmail, type RenderedEmail } from '@cop/platform';

export const DATA_EXPORT_SUBJECT = 'Your data export is ready';

/** The mail with the single-use link of one's data export (the platform layout, HTML and text). */
export function renderDataExportReady(m: {
  downloadUrl: string;
  expiresAt: Date;
  settingsUrl: string;
}): Promise<RenderedEmail> {
  return renderEmail({
    subject: DATA_EXPORT_SUBJECT,
    preheader: 'Download a ZIP of the data the platform holds about you.',
    heading: DATA_EXPORT_SUBJECT,
    paragraphs: [
      'The export of your data you asked for is ready: a ZIP with a JSON file per part of the platform and the files you uploaded.',
      `The link works once and until ${m.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC; the file is deleted after the download or then. You can ask for a new export at any time.`,
    ],
    actions: [
      { label: 'Download my data', url: m.downloadUrl },
      { label: 'My data settings', url: m.settingsUrl },
    ],
    footer: { reason: 'You receive this because you asked for an export of your data.' },
  });
}
