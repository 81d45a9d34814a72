/**
 * Ends every running CSS animation and transition in the document at once, then waits for their
 * `finished` promises. Tests and play functions look at the settled state; they must not depend on
 * the browser producing frames, which Vitest's browser mode does not guarantee: on a loaded
 * machine the orchestrator page can go uncomposited (vitest-dev/vitest#10831) and an enter
 * animation then sits at its first keyframe (opacity 0) for tens of seconds. Seen here: a toast
 * test timed out after 30 s with its toasts still invisible.
 */
export async function finishAnimations(root: Document = document): Promise<void> {
  const finishing: Promise<unknown>[] = [];
  for (const animation of root.getAnimations()) {
    try {
      animation.finish();
      finishing.push(animation.finished.catch(() => undefined));
    } catch {
      // An infinite or zero-rate animation cannot be finished; nothing here runs one. Not awaited.
    }
  }
  await Promise.all(finishing);
}
