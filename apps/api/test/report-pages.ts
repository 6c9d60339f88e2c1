/**
 * `npm run report-pages`: the report files a user downloads, from the real API with the demo data, as
 * page images in docs/rapporter/ (needs the test PostgreSQL, like the tests; pdftoppm from poppler-utils,
 * and LibreOffice for the DOCX: `apt-get install libreoffice-writer-nogui`). Each PDF page and each DOCX
 * page as LibreOffice lays it out, at 60 dpi; the XLSX and CSV are written beside them to open by hand.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ACTORS } from './support/fixtures';
import { startTestApi } from './support/api-harness';

const OUT = resolve(__dirname, '../../../docs/rapporter');
/** `npm run report-pages -- granskning` renders only the files whose names start so. */
const ONLY = process.argv[2] ?? '';

interface File {
  /** The images' name: `<name>-<format>-<page>.png`. */
  name: string;
  path: string;
  formats: readonly ('pdf' | 'docx' | 'xlsx' | 'csv')[];
}

const FILES: File[] = [
  // Regionfullmäktige's uppdrag in a tertial: the report that covers several nämnder.
  {
    name: 'uppdrag-regionfullmaktige-2023-T2',
    path: '/api/rapporter/uppdrag?period=2023-T2&givenBy=regionfullmaktige',
    formats: ['pdf', 'docx', 'xlsx'],
  },
  // One nämnd's report with its måluppfyllelse: the charts, the trend over the year's tertials.
  {
    name: 'uppdrag-rs-2023-T2',
    path: '/api/rapporter/uppdrag?period=2023-T2&organ=rs',
    formats: ['pdf', 'docx'],
  },
  // The current year: delmål with utfall and bedömning.
  {
    name: 'uppdrag-hsn-2025-T1',
    path: '/api/rapporter/uppdrag?period=2025-T1&organ=hsn',
    formats: ['pdf', 'docx', 'xlsx', 'csv'],
  },
  {
    name: 'granskningspaket-hsn-2025',
    path: '/api/granskning/paket?organ=hsn&year=2025',
    formats: ['pdf', 'docx'],
  },
];

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}:\n${result.stderr}`);
}

/** The PDF's pages as PNGs `<name>-<n>.png` in OUT; pdftoppm numbers them from 1. */
function pages(pdf: string, name: string): string[] {
  const work = mkdtempSync(join(tmpdir(), 'report-pages-'));
  run('pdftoppm', ['-r', '60', '-png', pdf, join(work, 'page')]);
  const written = readdirSync(work)
    .sort()
    .map((file, i) => {
      const target = join(OUT, `${name}-${i + 1}.png`);
      renameSync(join(work, file), target);
      return target;
    });
  rmSync(work, { recursive: true, force: true });
  return written;
}

/** The file, once the worker has built the tables it reads (503 until then, after a first start). */
async function download(url: string, token: string): Promise<Response> {
  for (let tries = 0; ; tries++) {
    const answer = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (answer.status !== 503 || tries === 180) return answer;
    await new Promise((wake) => setTimeout(wake, 1000));
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  const api = await startTestApi({ DEMO_DATA: 'true' });
  const work = mkdtempSync(join(tmpdir(), 'report-files-'));
  try {
    const token = await api.token(ACTORS.auditor);
    for (const file of FILES.filter((f) => f.name.startsWith(ONLY))) {
      for (const format of file.formats) {
        const answer = await download(`${api.url}${file.path}&format=${format}`, token);
        if (!answer.ok) throw new Error(`${file.path} ${format}: ${answer.status} ${await answer.text()}`);
        const bytes = Buffer.from(await answer.arrayBuffer());
        const saved = join(work, `${file.name}.${format}`);
        writeFileSync(saved, bytes);
        if (format === 'xlsx' || format === 'csv') {
          writeFileSync(join(OUT, `${file.name}.${format}`), bytes);
        } else if (format === 'pdf') {
          console.log(pages(saved, `${file.name}-pdf`).join('\n'));
        } else if (soffice) {
          run(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', join(work, 'docx'), saved]);
          console.log(pages(join(work, 'docx', `${file.name}.pdf`), `${file.name}-docx`).join('\n'));
        } else {
          console.warn(`no LibreOffice: ${file.name}.docx not rendered`);
        }
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    await api.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
