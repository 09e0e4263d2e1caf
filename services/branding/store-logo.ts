/**
 * Puts an uploaded logo through the logo intake (sniffed, capped, decoded, re-encoded as PNG) and into the encrypted
 * document store, in the account's folder under a new id — for the account's logo and a link's alike.
 */
import { acceptLogo } from '../../lib/branding/logo-intake';
import { logoStorageKeyFor, type DocumentStore } from '../../lib/documents/store';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';

export interface StoredLogo {
  logoId: string;
  width: number;
  height: number;
}

export async function storeLogo(documents: DocumentStore, accountId: string, upload: Buffer): Promise<StoredLogo> {
  const accepted = await acceptLogo(upload);
  if (!accepted.ok) throw new AppError(accepted.problem, accepted.message);
  const logoId = newId('logo');
  await documents.put(logoStorageKeyFor(accountId, logoId), accepted.logo.bytes);
  return { logoId, width: accepted.logo.width, height: accepted.logo.height };
}
