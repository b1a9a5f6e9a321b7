import { preloadSdk } from '../gemini/sdkClient';

/**
 * How long after activation the SDK is loaded. Loading it (~40 ms of compiling in the extension
 * host, which other extensions share) is kept out of activation itself and out of the writer's
 * first Generate, which otherwise waits for it; a writer who clicks within this time shares the
 * same load.
 */
const SDK_WARM_UP_DELAY_MS = 1000;

/** Loads the Gemini SDK once the extension host has had a moment after activation. */
export function warmUpSdkAfterActivation(): { dispose(): void } {
  const timer = setTimeout(() => void preloadSdk(), SDK_WARM_UP_DELAY_MS);
  return { dispose: () => clearTimeout(timer) };
}
