import { createBrowserRouter, type RouteObject } from 'react-router';
import { WEB_PAGES } from '@cop/web-routes';
import { Layout } from './components/layout';
import { RouteError } from './components/route-error';

// One lazily loaded module per page, so the home page loads only its own code.
type PageModule = { default: React.ComponentType };
const page = (load: () => Promise<PageModule>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: WEB_PAGES.home, ...page(() => import('./routes/home')) },
      { path: WEB_PAGES.signIn, ...page(() => import('./routes/sign-in')) },
      { path: WEB_PAGES.workingGroups, ...page(() => import('./routes/working-groups')) },
      { path: WEB_PAGES.workingGroup, ...page(() => import('./routes/working-groups.$code')) },
      { path: WEB_PAGES.news, ...page(() => import('./routes/news')) },
      { path: WEB_PAGES.newNews, ...page(() => import('./routes/news.new')) },
      { path: WEB_PAGES.newsItem, ...page(() => import('./routes/news.$id')) },
      { path: WEB_PAGES.editNews, ...page(() => import('./routes/news.$id.edit')) },
      { path: WEB_PAGES.faq, ...page(() => import('./routes/faq')) },
      { path: WEB_PAGES.editFaq, ...page(() => import('./routes/faq.edit')) },
      { path: WEB_PAGES.newsletter, ...page(() => import('./routes/newsletter')) },
      { path: WEB_PAGES.calendar, ...page(() => import('./routes/calendar')) },
      // A static segment outranks a dynamic one: /meetings/new never reads as the meeting "new".
      { path: WEB_PAGES.newMeeting, ...page(() => import('./routes/meetings.new')) },
      { path: WEB_PAGES.meeting, ...page(() => import('./routes/meetings.$id')) },
      { path: WEB_PAGES.editMeeting, ...page(() => import('./routes/meetings.$id.edit')) },
      { path: WEB_PAGES.documents, ...page(() => import('./routes/documents')) },
      { path: WEB_PAGES.newDocument, ...page(() => import('./routes/documents.new')) },
      { path: WEB_PAGES.deletedDocuments, ...page(() => import('./routes/documents.deleted')) },
      { path: WEB_PAGES.document, ...page(() => import('./routes/documents.$id')) },
      { path: WEB_PAGES.editDocument, ...page(() => import('./routes/documents.$id.edit')) },
      { path: WEB_PAGES.search, ...page(() => import('./routes/search')) },
      { path: WEB_PAGES.surveys, ...page(() => import('./routes/surveys')) },
      { path: WEB_PAGES.newSurvey, ...page(() => import('./routes/surveys.new')) },
      { path: WEB_PAGES.survey, ...page(() => import('./routes/surveys.$slug')) },
      { path: WEB_PAGES.surveyResults, ...page(() => import('./routes/surveys.$slug.results')) },
      { path: WEB_PAGES.editSurvey, ...page(() => import('./routes/surveys.$slug.edit')) },
      { path: WEB_PAGES.useCases, ...page(() => import('./routes/use-cases')) },
      { path: WEB_PAGES.useCaseTotals, ...page(() => import('./routes/use-cases.totals')) },
      { path: WEB_PAGES.newUseCase, ...page(() => import('./routes/use-cases.new')) },
      { path: WEB_PAGES.useCase, ...page(() => import('./routes/use-cases.$id')) },
      { path: WEB_PAGES.reports, ...page(() => import('./routes/reports')) },
      { path: WEB_PAGES.newReport, ...page(() => import('./routes/reports.new')) },
      { path: WEB_PAGES.report, ...page(() => import('./routes/reports.$id')) },
      { path: WEB_PAGES.editReport, ...page(() => import('./routes/reports.$id.edit')) },
      { path: WEB_PAGES.initiatives, ...page(() => import('./routes/initiatives')) },
      { path: WEB_PAGES.initiative, ...page(() => import('./routes/initiatives.$slug')) },
      { path: WEB_PAGES.people, ...page(() => import('./routes/people')) },
      { path: WEB_PAGES.person, ...page(() => import('./routes/people.$id')) },
      { path: WEB_PAGES.editUseCase, ...page(() => import('./routes/use-cases.$id.edit')) },
      {
        // The office console: the frame decides, once, that only the OFFICE sees its sections.
        path: WEB_PAGES.office,
        ...page(() => import('./routes/office')),
        children: [
          { index: true, ...page(() => import('./routes/office.index')) },
          { path: WEB_PAGES.officeAdmissions, ...page(() => import('./routes/office.admissions')) },
          { path: WEB_PAGES.officePeople, ...page(() => import('./routes/office.people')) },
          { path: WEB_PAGES.officeCommunity, ...page(() => import('./routes/office.community')) },
          { path: WEB_PAGES.officeGroups, ...page(() => import('./routes/office.working-groups')) },
          { path: WEB_PAGES.officeNewGroup, ...page(() => import('./routes/office.working-groups.new')) },
          { path: WEB_PAGES.officeGroup, ...page(() => import('./routes/office.working-groups.$code')) },
          { path: WEB_PAGES.officeNewsletter, ...page(() => import('./routes/office.newsletter')) },
          { path: WEB_PAGES.officeNewNewsletter, ...page(() => import('./routes/office.newsletter.new')) },
          { path: WEB_PAGES.officeNewsletterIssue, ...page(() => import('./routes/office.newsletter.$id')) },
          { path: WEB_PAGES.officeDigests, ...page(() => import('./routes/office.digests')) },
          { path: WEB_PAGES.officeExpertise, ...page(() => import('./routes/office.expertise')) },
          { path: WEB_PAGES.officeDataRequests, ...page(() => import('./routes/office.data-requests')) },
        ],
      },
      {
        path: WEB_PAGES.settings,
        ...page(() => import('./routes/settings')),
        children: [
          { index: true, ...page(() => import('./routes/settings.profile')) },
          { path: WEB_PAGES.settingsProfile, ...page(() => import('./routes/settings.profile')) },
          { path: WEB_PAGES.settingsEmail, ...page(() => import('./routes/settings.email')) },
          { path: WEB_PAGES.settingsTokens, ...page(() => import('./routes/settings.tokens')) },
          { path: WEB_PAGES.settingsCalendar, ...page(() => import('./routes/settings.calendar')) },
          { path: WEB_PAGES.settingsIdentities, ...page(() => import('./routes/settings.identities')) },
          { path: WEB_PAGES.settingsExpertise, ...page(() => import('./routes/settings.expertise')) },
          { path: WEB_PAGES.settingsData, ...page(() => import('./routes/settings.data')) },
        ],
      },
      { path: '*', ...page(() => import('./routes/not-found')) },
    ],
  },
];

export const router = createBrowserRouter(routes);
