// The contract's Visibility enum lives in the platform: meetings and documents share it.
export { Visibility } from '@cop/platform';
