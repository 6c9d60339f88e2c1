import { Controller, Inject, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { parseCsv, parseXlsx, type SheetRow, SheetFormatError, uppdragSheetCommands } from '@sparbar/import';
import { type FastifyRequest } from 'fastify';
import { Write, type WriteContext } from '../../commands/write-context';
import { ModelEndpoint } from '../../http/endpoint-docs';
import { problem, ProblemError } from '../../http/problem';
import { ImportRunner, refused } from '../import-runner';
import { ImportSummaryView } from '../import.view';
import { CSV_TYPE, XLSX_TYPE } from '../sheet-body';

@ApiTags('import')
@Controller('api/import')
export class ImportUppdragSheetHttpController {
  constructor(@Inject(ImportRunner) private readonly runner: ImportRunner) {}

  @Post('uppdrag')
  @ModelEndpoint({
    summary: 'Importera ett års uppdrag från ett kalkylblad (XLSX eller CSV)',
    description:
      'Kroppen är filen själv: Content-Type text/csv (UTF-8, semikolon) eller XLSX. Kolumnerna som planens uppdragstabell, se README "Import". Varje rad registrerar ett uppdrag (RegisterUppdrag) i den importerandes namn. Allt prövas först; finns ett enda fel skrivs ingenting och svaret 400 räknar upp varje rad och kolumn. Kräver rollen importer.',
    response: ImportSummaryView,
    problems: {
      400: 'Filen har fel: `errors` = [{ row, field, reason }], och inget är skrivet.',
      401: 'Ingen eller ogiltig token.',
      403: 'Bara rollen importer får importera.',
      409: 'Någon annan skrev under importen: `row` och `written` säger var den stannade.',
      413: 'För stor fil (HTTP_BODY_LIMIT_BYTES).',
      415: 'Annan innehållstyp än text/csv eller XLSX.',
    },
  })
  @ApiConsumes(CSV_TYPE, XLSX_TYPE)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  async importSheet(
    @Req() request: FastifyRequest,
    @Write() write: WriteContext,
  ): Promise<ImportSummaryView> {
    this.runner.authorize(write);
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if ((type !== CSV_TYPE && type !== XLSX_TYPE) || !Buffer.isBuffer(request.body)) {
      throw new ProblemError(
        problem(415, 'UNSUPPORTED_MEDIA_TYPE', `Skicka kalkylbladet som ${CSV_TYPE} eller ${XLSX_TYPE}.`),
      );
    }
    const bytes = request.body;
    return this.runner.run(async () => {
      let rows: SheetRow[];
      try {
        rows = type === CSV_TYPE ? parseCsv(bytes) : await parseXlsx(bytes);
      } catch (error) {
        if (!(error instanceof SheetFormatError)) throw error;
        throw refused([{ row: error.row, field: 'fil', reason: error.message }]);
      }
      return uppdragSheetCommands(rows, write.actor.personId);
    }, write);
  }
}
