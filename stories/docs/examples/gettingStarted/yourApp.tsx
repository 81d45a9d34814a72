// Stand-ins for the parts of your own app that the Getting started examples call, so that every
// example on the page is a file that type-checks and builds (test/docs/docsSnippets.test.ts).

/** Your app's pages. */
export function Routes() {
  return <main />;
}

/** Sends the person through Smartcar Connect again (your Connect URL). */
export function startSmartcarConnect(): void {
  window.location.assign('/connect');
}
