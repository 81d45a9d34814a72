export declare function buildReason(state: {
  command: string | undefined;
  initCwd: string | undefined;
  root: string;
  built: boolean;
}): string | null;
