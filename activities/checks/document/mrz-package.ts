/**
 * The `mrz` package ships ES modules only and this project compiles to CommonJS. Node ≥ 20.19 `require`s ES modules
 * natively; Jest's module loader cannot, so jest.config.js transforms this one package to CommonJS. `import()` would
 * stay a real dynamic import in the build, which Jest's VM refuses without --experimental-vm-modules.
 */
import { createRequire } from 'node:module';
import type * as Mrz from 'mrz' with { 'resolution-mode': 'import' };

export type { Details as MrzPackageDetails } from 'mrz' with { 'resolution-mode': 'import' };

export const mrzPackage = createRequire(__filename)('mrz') as typeof Mrz;
