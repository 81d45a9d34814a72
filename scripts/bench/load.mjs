import os from 'node:os';

/** The machine's load, for the record beside the figures. */
export function describeLoad(when) {
  const [one, five, fifteen] = os.loadavg().map((value) => value.toFixed(2));
  return `${when}: load average ${one} / ${five} / ${fifteen} (1/5/15 min), ${os.cpus().length} cores, Node ${process.version}`;
}
