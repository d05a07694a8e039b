import { stopFaultServers } from './fault-global-setup';

export default async function faultGlobalTeardown(): Promise<void> {
  // The template lives on the private cluster: removing the cluster removes it too.
  await stopFaultServers();
}
