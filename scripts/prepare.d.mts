export declare function buildReason(state: {
  command: string | undefined;
  initCwd: string | undefined;
  root: string;
  built: boolean;
}): string | null;
export declare function withoutPrepare(manifestText: string): string;
