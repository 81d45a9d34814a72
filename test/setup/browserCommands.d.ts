/** The project's own browser commands (vitest.config.ts `browser.commands`), typed for tests. */
declare module 'vitest/browser' {
  interface BrowserCommands {
    /**
     * Take the network down (or bring it back); `restoreAfterMs`: back online from the server side.
     */
    setNetworkOffline: (offline: boolean, restoreAfterMs?: number) => Promise<void>;
  }
}

export {};
