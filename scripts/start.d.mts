export declare const DEFAULT_PORT: number;
export declare function parseStartArgs(
  argv: readonly string[],
): { port: number; rest: string[] } | { error: string };
export declare function portProblem(port: number): Promise<string | null>;
export declare function ownerFromSs(text: string): string | null;
export declare function pageTitle(html: string): string | null;
export declare function portTakenMessage(info: {
  port: number;
  code: string;
  owner: string | null;
  title: string | null;
}): string;
