/** A promise a page resolves once its app is mounted (what `createBurstPage` waits for). */
export function mountSignal(): {
  readonly mounted: Promise<void>;
  readonly markMounted: () => void;
} {
  let markMounted: () => void = () => {};
  const mounted = new Promise<void>((resolve) => {
    markMounted = resolve;
  });
  return { mounted, markMounted };
}
