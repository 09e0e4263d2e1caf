/** Which sessions a list shows: the API's `GET /api/v1/sessions` and the dashboard's list filter alike. */
import type { Prisma } from '@prisma/client';
import type { z } from 'zod';
import type { ZSessionListQuery } from '../schemas/sessions';

export type SessionListFilter = Omit<z.infer<typeof ZSessionListQuery>, 'limit'>;

/** The sessions of an account that a list shows (the API's and the dashboard's filters), before paging's `take`. */
export function sessionListWhere(accountId: string, filter: SessionListFilter): Prisma.SessionWhereInput {
  const createdAt: Prisma.DateTimeFilter = {
    ...(filter.createdFrom ? { gte: new Date(filter.createdFrom) } : {}),
    ...(filter.createdTo ? { lte: new Date(filter.createdTo) } : {}),
  };
  return {
    accountId,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.clientId ? { clientId: filter.clientId } : {}),
    ...(filter.linkId ? { linkId: filter.linkId } : {}),
    ...(filter.createdFrom || filter.createdTo ? { createdAt } : {}),
    ...(filter.cursor ? { id: { lt: filter.cursor } } : {}),
  };
}
