import type { CreditBalance } from '../workflows/definitions';

/** What an account can still spend: bought credits minus those held by open sessions. */
export function creditBalanceOf(account: { creditBalance: number; creditReserved: number }): CreditBalance {
  return {
    balance: account.creditBalance,
    reserved: account.creditReserved,
    available: Math.max(0, account.creditBalance - account.creditReserved),
  };
}
