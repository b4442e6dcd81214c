import { status } from '@grpc/grpc-js';

/** An error the stand-in answers with, as the real API would: a gRPC code and its message. */
export class ApiError extends Error {
  constructor(
    readonly code: status,
    message: string,
  ) {
    super(message);
  }
}

export const invalid = (message: string) => new ApiError(status.INVALID_ARGUMENT, message);
export const notFound = (what: string) => new ApiError(status.NOT_FOUND, `${what} not found.`);
export const alreadyExists = (message: string) => new ApiError(status.ALREADY_EXISTS, message);
export const failedPrecondition = (message: string) =>
  new ApiError(status.FAILED_PRECONDITION, message);
