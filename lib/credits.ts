/** Balances are PostgreSQL `int` columns: no top-up may take one past this. */
export const MAX_CREDIT_BALANCE = 2_147_483_647;

/** The largest top-up an account with this balance can take. */
export function topUpRoom(creditBalance: number): number {
  return Math.max(0, MAX_CREDIT_BALANCE - creditBalance);
}

/** What an account can still spend: bought credits minus those held by open sessions. */
export function creditBalanceOf(account: { creditBalance: number; creditReserved: number }): { balance: number; reserved: number; available: number } {
  return {
    balance: account.creditBalance,
    reserved: account.creditReserved,
    available: Math.max(0, account.creditBalance - account.creditReserved),
  };
}
