import { z } from 'zod';

export const ZCredits = z
  .object({ balance: z.number().int(), reserved: z.number().int(), available: z.number().int() })
  .meta({ id: 'Credits', description: 'available = balance - reserved; reserved credits are held by open sessions' });

const ZAutoDecisions = z
  .object({
    autoApprove: z.boolean().meta({ description: 'The engine may approve a session whose every check passed; false sends those to review (links and sessions may override)' }),
    autoDeny: z.boolean().meta({ description: 'The engine may deny on clear failures (expired document, confident face mismatch); false sends those to review' }),
  })
  .meta({ id: 'AutoDecisions' });

export const ZAccount = z.object({ id: z.string(), name: z.string(), credits: ZCredits, verification: ZAutoDecisions }).meta({ id: 'Account' });

export const ZUpdateAccountRequest = z
  .object({ verification: ZAutoDecisions.partial().strict() })
  .strict()
  .meta({ id: 'UpdateAccountRequest' });

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
