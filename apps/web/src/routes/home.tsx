import { Stack } from '@mantine/core';
import { useShell } from '../features/viewer/viewer';
import { PublicHome } from '../features/community/public-home';
import { MemberHome } from '../features/community/member-home';
import { TargetsDueSoon } from '../features/initiatives/targets-due-soon';

/** `/`: the community's front page, or a member's own home once signed in and admitted. */
export default function HomeRoute() {
  const { isMember, result } = useShell();
  if (!result.data && result.fetching) return null;
  return isMember ? (
    <Stack gap="lg">
      <MemberHome />
      <TargetsDueSoon />
    </Stack>
  ) : (
    <PublicHome />
  );
}
