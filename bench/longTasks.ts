/** Long tasks (> 50 ms) of the main thread, observed from `start()` until `stop()`. */
export function observeLongTasks() {
  let total = 0;
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      total += entry.duration;
      longest = Math.max(longest, entry.duration);
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    /** Stops observing and returns the total and the longest, in ms. */
    stop(): { totalMs: number; longestMs: number } {
      for (const entry of observer.takeRecords()) {
        total += entry.duration;
        longest = Math.max(longest, entry.duration);
      }
      observer.disconnect();
      return { totalMs: total, longestMs: longest };
    },
  };
}
