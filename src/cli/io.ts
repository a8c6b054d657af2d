/** The streams a command reads and writes; tests pass their own. */
export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** A CLI command: takes its arguments and streams, returns the exit code. */
export type Command = (argv: string[], io: CommandIo) => Promise<number>;
