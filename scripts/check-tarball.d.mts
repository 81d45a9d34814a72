export declare const MAX_PACKED_BYTES: number;
export declare function pointedAt(pkg: Record<string, unknown>): string[];
export declare function tarballProblems(
  paths: readonly string[],
  pkg: Record<string, unknown>,
  packedBytes: number,
): string[];
export declare function mapsWithoutSources(
  paths: readonly string[],
  read: (path: string) => string,
): string[];
