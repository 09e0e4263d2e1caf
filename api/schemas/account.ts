import { z } from 'zod';

export const ZCredits = z
  .object({ balance: z.number().int(), reserved: z.number().int(), available: z.number().int() })
  .meta({ id: 'Credits', description: 'available = balance - reserved; reserved credits are held by open sessions' });

export const ZAccount = z.object({ id: z.string(), name: z.string(), credits: ZCredits }).meta({ id: 'Account' });

export const ZTopUpRequest = z
  .object({
    amount: z.number().int().min(1).max(10_000_000),
    reason: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .meta({ id: 'TopUpRequest' });
export type TTopUpRequest = z.infer<typeof ZTopUpRequest>;

export const ZLedgerEntry = z
  .object({
    id: z.string(),
    type: z.enum(['TOPUP', 'RESERVE', 'CHARGE', 'RELEASE']),
    amount: z.number().int(),
    sessionId: z.string().nullable(),
    reason: z.string().nullable(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'LedgerEntry' });

export const ZTopUpResponse = z.object({ credits: ZCredits, ledgerEntry: ZLedgerEntry }).meta({ id: 'TopUpResponse' });
