/**
 * Every activity of this worker reports a failure that retrying cannot fix (lib/unfixable-errors.ts) as a
 * non-retryable `INVALID_DATA` failure, so an activity proxied with unlimited attempts ends its workflow's step
 * with a recorded failure instead of retrying forever. Business failures the activities raise pass untouched.
 */
import { ApplicationFailure } from '@temporalio/common';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { INVALID_DATA, unfixableReason } from '../lib/unfixable-errors';

export const finalActivityFailures: ActivityInterceptorsFactory = () => ({
  inbound: {
    async execute(input, next) {
      try {
        return await next(input);
      } catch (error) {
        if (error instanceof ApplicationFailure) throw error;
        const reason = unfixableReason(error, input.args);
        if (!reason) throw error;
        // Without the original as its cause: Prisma's messages can quote the values, and histories hold no personal data.
        throw ApplicationFailure.create({ message: `Not retried: ${reason}`, type: INVALID_DATA, nonRetryable: true });
      }
    },
  },
});
