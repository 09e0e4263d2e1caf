/** A signed-in dashboard operator over plain HTTP: form posts and page loads with the session cookie, CSRF token at hand. */
import type { OperatorRole } from '@prisma/client';
import { newId } from '../../lib/ids';
import { hashPassword } from '../../lib/secrets';
import type { TestApi } from './harness';

export interface Operator {
  email: string;
  password: string;
  cookie: string;
  get(path: string): Promise<Response>;
  /** Posts a form with the page's CSRF token added (unless `_csrf` is given). */
  post(path: string, fields?: Record<string, string | string[]>): Promise<Response>;
  csrf(): Promise<string>;
}

/** Creates a dashboard user for the account (an admin unless told otherwise) and signs it in. */
export async function signedInOperator(api: TestApi, accountId: string, options: { role?: OperatorRole } = {}): Promise<Operator> {
  const email = `ops-${newId('dashboardUser').slice(4)}@example.com`;
  const password = 'correct horse battery staple';
  await api.db.dashboardUser.create({
    data: { id: newId('dashboardUser'), accountId, email, passwordHash: await hashPassword(password), role: options.role ?? 'ADMIN' },
  });
  const login = await postForm(api, '/dashboard/login', { email, password });
  if (login.status !== 303) throw new Error(`sign-in failed with ${login.status}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const get = (path: string) => fetch(api.baseUrl + path, { redirect: 'manual', headers: { cookie } });
  const csrf = async () => csrfOf(await (await get('/dashboard')).text());
  return {
    email,
    password,
    cookie,
    get,
    csrf,
    post: async (path, fields = {}) => postForm(api, path, { _csrf: await csrf(), ...fields }, cookie),
  };
}

export function postForm(api: TestApi, path: string, fields: Record<string, string | string[]>, cookie?: string): Promise<Response> {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
  return fetch(api.baseUrl + path, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    body: body.toString(),
  });
}

export const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
