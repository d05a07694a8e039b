import type { TestApi } from '@cop/testing';
import { GROUP } from '../meetings/fixture';

/** What the suggestion suites (test/relations/suggestions, test/expertise/suggestion-depth) both do. */

/** A GraphQL call that must succeed: its data. */
export async function gqlOk<T>(
  api: TestApi,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<T> {
  const res = await api.gql<T>(query, variables, headers);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** The caller's own expertise, set through the API. */
export function setMyExpertise(
  api: TestApi,
  headers: Record<string, string>,
  entries: object[],
  visibility = 'MEMBERS',
): Promise<unknown> {
  return gqlOk(
    api,
    `mutation($input: MyExpertiseInput!) { setMyExpertise(input: $input) { id } }`,
    { input: { entries, visibility } },
    headers,
  );
}

/** The id of the expertise term of this label (asked as the office, who sees every term). */
export async function expertiseTermId(
  api: TestApi,
  officeHeaders: Record<string, string>,
  label: string,
): Promise<string> {
  const { expertiseTerms } = await gqlOk<{ expertiseTerms: { id: string; label: string }[] }>(
    api,
    `query($s: String!) { expertiseTerms(search: $s, first: 5) { id label } }`,
    { s: label },
    officeHeaders,
  );
  return expertiseTerms.find((t) => t.label === label)!.id;
}

/** A use case proposed by the office: its id. */
export async function proposeUseCase(
  api: TestApi,
  officeHeaders: Record<string, string>,
  input: { title: string; domains: string[]; expertIds: string[] },
): Promise<string> {
  const { proposeUseCase } = await gqlOk<{ proposeUseCase: { id: string } }>(
    api,
    `mutation($input: UseCaseInput!) { proposeUseCase(input: $input) { id } }`,
    { input },
    officeHeaders,
  );
  return proposeUseCase.id;
}

/** A COMMUNITY meeting of group A (whose topics the presenters match), scheduled by its chair: its id. */
export async function scheduleGroupACall(
  api: TestApi,
  chairHeaders: Record<string, string>,
): Promise<string> {
  const { scheduleMeeting } = await gqlOk<{ scheduleMeeting: { id: string } }>(
    api,
    `mutation($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    {
      input: {
        title: 'Group A call',
        startsAt: '2030-03-01T09:00:00Z',
        endsAt: '2030-03-01T10:00:00Z',
        timeZone: 'UTC',
        visibility: 'COMMUNITY',
        workingGroupId: GROUP.A,
      },
    },
    chairHeaders,
  );
  return scheduleMeeting.id;
}
