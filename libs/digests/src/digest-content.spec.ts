import { webUrl } from '@cop/web-routes';
import { digestLists } from './digest-content';

describe('digestLists', () => {
  const link = (path: string) => webUrl('https://cop.example.org/app', path);
  const lists = digestLists(
    {
      meetings: [
        {
          meetingId: 'm-1',
          originalStartsAt: null,
          title: 'Kick-off',
          startsAt: new Date('2027-01-12T08:00:00Z'),
          groupCode: 'WG1',
        },
        {
          meetingId: 'm-2',
          // A moved occurrence of a series: its page is found by the original start.
          originalStartsAt: new Date('2027-01-13T08:00:00Z'),
          title: 'Weekly',
          startsAt: new Date('2027-01-13T10:00:00Z'),
          groupCode: null,
        },
      ],
      documents: [{ personId: 'p', id: 'd-1', title: 'A note', isNew: true }],
      news: [{ personId: 'p', id: 'n-1', title: 'Big news' }],
      requests: [{ personId: 'p', id: 'r-1', groupId: 'g-uuid', groupCode: 'WG 2', requesterName: 'Pete' }],
      surveys: [
        {
          personId: 'p',
          id: 's',
          slug: 'jena',
          title: 'Jena',
          closesAt: null,
          isNew: true,
          closingSoon: false,
        },
      ],
      reportComments: [],
      reportTargets: [],
    },
    'Europe/Rome',
    link,
  );
  const item = (heading: RegExp) => lists.find((l) => heading.test(l.heading))!.items[0];

  it('links every item to its page of the web app', () => {
    expect(item(/^Upcoming meetings/)).toEqual({
      prefix: expect.stringMatching(/^Tue,? 12 Jan, 09:00 Europe\/Rome: WG1 $/), // Intl's format, in Rome
      text: 'Kick-off',
      url: 'https://cop.example.org/app/meetings/m-1',
    });
    expect(lists.find((l) => /^Upcoming meetings/.test(l.heading))!.items[1].url).toBe(
      'https://cop.example.org/app/meetings/m-2?occurrence=2027-01-13T08%3A00%3A00.000Z',
    );
    expect(item(/^Documents/).url).toBe('https://cop.example.org/app/documents/d-1');
    expect(item(/^News/).url).toBe('https://cop.example.org/app/news/n-1');
    expect(item(/^Surveys open/).url).toBe('https://cop.example.org/app/surveys/jena');
  });

  it('links a membership request to its group’s page by code, not by id', () => {
    expect(item(/^Membership requests/)).toEqual({
      prefix: 'Pete asks to join ',
      text: 'WG 2',
      url: 'https://cop.example.org/app/working-groups/WG%202',
    });
  });
});
