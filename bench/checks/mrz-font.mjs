/**
 * OCR-B for the MRZ of the specimens, without root: where fontconfig does not know it, Debian's `fonts-ocr-b` is
 * fetched with `apt-get download` into .tools/, unpacked with `dpkg-deb -x`, and added to the system's fonts by a
 * fontconfig file named in FONTCONFIG_FILE (read by fc-list, which bench/specimens/fonts.ts asks, and by sharp's
 * librsvg, which draws the specimens). Where that fails, the specimens keep the monospace font and this says so.
 * Call before the first specimen is drawn: fontconfig reads FONTCONFIG_FILE once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TOOLS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '.tools', 'fonts-ocr-b');
const FONTS_CONF = path.join(TOOLS, 'fonts.conf');
const OCR_B = 'OCR B';

function fontconfigHas(family) {
  try {
    return execFileSync('fc-list', [`:family=${family}`, 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

function run(command, args) {
  execFileSync(command, args, { cwd: TOOLS, stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
}

/** Downloads and unpacks the package once; later runs reuse .tools/fonts-ocr-b. */
function unpackFontsOcrB() {
  if (existsSync(FONTS_CONF)) return;
  rmSync(TOOLS, { recursive: true, force: true });
  mkdirSync(TOOLS, { recursive: true });
  run('apt-get', ['download', 'fonts-ocr-b']);
  const deb = readdirSync(TOOLS).find((file) => file.startsWith('fonts-ocr-b') && file.endsWith('.deb'));
  if (!deb) throw new Error('apt-get download left no fonts-ocr-b package');
  run('dpkg-deb', ['-x', deb, 'root']);
  writeFileSync(
    FONTS_CONF,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${path.join(TOOLS, 'root', 'usr', 'share', 'fonts')}</dir>
  <cachedir>${path.join(TOOLS, 'cache')}</cachedir>
</fontconfig>
`,
  );
}

/** Makes OCR-B available to this process and its children where it can; prints a note where it cannot. */
export function provideMrzFont() {
  if (fontconfigHas(OCR_B)) return;
  try {
    unpackFontsOcrB();
  } catch (error) {
    const reason = error?.stderr?.toString().trim() || (error instanceof Error ? error.message : String(error));
    console.log(`Note: OCR-B not installed and fonts-ocr-b could not be fetched (${reason.split('\n').at(-1)}): the MRZ is drawn in a monospace font.`);
    return;
  }
  process.env.FONTCONFIG_FILE = FONTS_CONF;
  if (!fontconfigHas(OCR_B)) console.log(`Note: fontconfig does not find OCR-B in ${TOOLS}: the MRZ is drawn in a monospace font.`);
}
