import { DateTime } from 'luxon';
import { checkPage, expect, gql, settled, signIn, signInAsNewcomer, test } from './support/fixtures';

// Suggestions by expertise (issue 26): a new member says what they know (a free tag, unique to
// this run, and the demo's radio astronomy domain, through the API: the settings page has its own
// journey); the office opens a use case's editor, sees them suggested with the reason, adds them
// from the suggestion with the keyboard, saves, and they are among the experts. A WG2 chair adding
// an agenda item with the tag in its title is offered them as presenter, with the reason, picks
// them and the saved agenda links their profile. axe at 1280 and 375 px; screenshots.

const OFFICE = 'SPECTRUM Project Office';
const CHAIR = "Luca Dell'Agnello"; // WG2

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test('the office adds a member as a use-case expert from the suggestion; a chair is offered them as presenter', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const run = stamp();
  // One word of its own, so no demo person matches it and the search stems it as written.
  const word = `Holotape${run.replace(/[^a-z]/g, '')}`;
  const tag = `${word} archives`;
  const name = `Expert ${run}`;

  // The member: signs in for the first time (MEMBER on an open platform) and shares their expertise.
  const member = await browser.newContext({ baseURL });
  await signInAsNewcomer(await member.newPage(), name, `expert.${run}@example.org`);
  const { expertiseTerms } = await gql<{ expertiseTerms: { id: string; label: string }[] }>(
    member,
    baseURL!,
    `{ expertiseTerms(kind: DOMAIN, first: 20) { id label } }`,
  );
  const radio = expertiseTerms.find((t) => /radio astronomy/i.test(t.label))!;
  await gql(
    member,
    baseURL!,
    `mutation($input: MyExpertiseInput!) { setMyExpertise(input: $input) { id } }`,
    {
      input: {
        visibility: 'MEMBERS',
        entries: [
          { newTag: tag, level: 'KNOWS' },
          { termId: radio.id, level: 'WANTS_TO_WORK_ON' },
        ],
      },
    },
  );
  await member.close();

  // The office: a use case whose title shares the tag's word, then its editor.
  await signIn(page, OFFICE);
  const { proposeUseCase } = await gql<{ proposeUseCase: { id: string } }>(
    page.context(),
    baseURL!,
    `mutation($input: UseCaseInput!) { proposeUseCase(input: $input) { id } }`,
    { input: { title: `${word} migration ${run}`, domains: ['RADIO_ASTRONOMY'] } },
  );
  const useCaseId = proposeUseCase.id;
  await page.goto(`/use-cases/${useCaseId}/edit`);
  await settled(page);
  const suggested = page.getByRole('region', { name: 'Suggested' });
  const entry = suggested.getByRole('listitem').filter({ hasText: name });
  await expect(entry).toContainText(`knows: ${tag}`);
  await expect(entry).toContainText('wants to work on:');
  await expect(suggested.getByRole('listitem').first()).toContainText(name); // the best match first
  await checkPage(page, 'expertise-suggestions-use-case-editor');

  // Added with the keyboard: the suggestion leaves the list, the picker holds the person.
  await entry.getByRole('button', { name: `Add ${name} as an expert` }).focus();
  await page.keyboard.press('Enter');
  await expect(suggested.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
  await expect(page.getByText(name, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/use-cases/${useCaseId}$`));
  await settled(page);
  await expect(page.getByText(name)).toBeVisible();

  // Back in the editor, the saved expert is no longer suggested.
  await page.goto(`/use-cases/${useCaseId}/edit`);
  await settled(page);
  await expect(page.getByRole('region', { name: 'Suggested' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Suggested' }).getByRole('listitem').filter({ hasText: name }),
  ).toHaveCount(0);

  // A WG2 chair's meeting: the agenda item's title names the tag's word.
  const chair = await browser.newContext({ baseURL });
  const chairPage = await chair.newPage();
  await signIn(chairPage, CHAIR);
  const { workingGroup } = await gql<{ workingGroup: { id: string } }>(
    chair,
    baseURL!,
    `{ workingGroup(code: "WG2") { id } }`,
  );
  const start = DateTime.utc().plus({ weeks: 11 }).startOf('hour');
  const title = `WG2 archives ${run}`;
  const { scheduleMeeting } = await gql<{ scheduleMeeting: { id: string } }>(
    chair,
    baseURL!,
    `mutation($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    {
      input: {
        title,
        workingGroupId: workingGroup.id,
        startsAt: start.toISO(),
        endsAt: start.plus({ hours: 1 }).toISO(),
        timeZone: 'Europe/Rome',
        visibility: 'COMMUNITY',
      },
    },
  );
  await chairPage.goto(`/meetings/${scheduleMeeting.id}`);
  await settled(chairPage);
  const agenda = chairPage.getByRole('region', { name: 'Agenda' });
  await agenda.getByRole('button', { name: 'Edit the agenda' }).click();
  await agenda.getByRole('button', { name: 'Add an item' }).click();
  const item = agenda.getByRole('group', { name: 'Item 1' });
  // No other word a demo person's expertise has ("collection" would tie five people with the
  // member on one term each, and ties go by person id: the member fell out of the first five).
  await item.getByLabel('Title').fill(`Moving the ${word} holdings`);
  const picker = item.getByRole('combobox', { name: 'Presenting member' });
  await picker.click();
  const option = chairPage.getByRole('option', { name: new RegExp(`${name}.*knows: ${tag}`) });
  await expect(option).toBeVisible({ timeout: 15_000 });
  await checkPage(chairPage, 'expertise-suggestions-agenda-presenter');
  await picker.click();
  await option.click();
  await expect(item.getByRole('textbox', { name: 'Presenter', exact: true })).toHaveValue(name);
  await agenda.getByRole('button', { name: 'Save the agenda' }).click();
  await expect(agenda.getByRole('button', { name: 'Edit the agenda' })).toBeVisible();
  await expect(agenda.getByRole('link', { name })).toBeVisible();
  await chair.close();
});
