/** An error meant for the client: its message is safe to show and `status` is a 4xx code. */
export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}
