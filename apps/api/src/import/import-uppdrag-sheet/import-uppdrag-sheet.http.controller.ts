import { Controller, Inject, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExtraModels, ApiTags } from '@nestjs/swagger';
import {
  parseCsv,
  parseXlsx,
  pastedTableCommands,
  type PlannedTable,
  type SheetRow,
  SheetFormatError,
  uppdragSheetCommands,
} from '@sparbar/import';
import { type FastifyRequest } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { ModelEndpoint } from '../../http/endpoint-docs';
import { problem, ProblemError } from '../../http/problem';
import { ImportRunner, refused } from '../import-runner';
import { ImportPreviewView, ImportSummaryView } from '../import.view';
import { CSV_TYPE, TEXT_TYPE, XLSX_TYPE } from '../sheet-body';
import { ImportUppdragSheetQueryDto, tableParameters } from './import-uppdrag-sheet.query';

@ApiTags('import')
@ApiExtraModels(ImportPreviewView)
@Controller('api/import')
export class ImportUppdragSheetHttpController {
  constructor(@Inject(ImportRunner) private readonly runner: ImportRunner) {}

  @Post('uppdrag')
  @ModelEndpoint({
    summary:
      'Importera uppdragstabellen: kalkylblad (XLSX, CSV) eller tabellen som den står i planen (inklistrad text)',
    description:
      'Kroppen är filen själv: text/csv (UTF-8, semikolon), XLSX, eller text/plain — tabellen kopierad ur planens eller delårsrapportens PDF, eller ett område kopierat ur Excel (tabbar). Organens namn och planens meningar ("Riktas till hälso- och sjukvårdsnämnden samt regionstyrelsen", "alla nämnder med särskilt uppdrag till regionstyrelsen att samordna") slås upp i organregistret. Varje rad registrerar ett uppdrag i tabellens ordning; status och kommentar blir en rapport för `period`. Med forhandsgranska=true svarar den med varje rads tolkning (ImportPreviewView) och skriver ingenting. Annars prövas allt först; finns ett enda fel skrivs ingenting och svaret 400 räknar upp varje rad och fält. Se README "Import". Kräver rollen importer.',
    response: ImportSummaryView,
    problems: {
      400: 'Filen har fel: `errors` = [{ row, field, reason }], och inget är skrivet.',
      401: 'Ingen eller ogiltig token.',
      403: 'Bara rollen importer får importera.',
      409: 'Någon annan skrev under importen: `row` och `written` säger var den stannade.',
      413: 'För stor fil (HTTP_BODY_LIMIT_BYTES).',
      415: 'Annan innehållstyp än text/csv, text/plain eller XLSX.',
    },
  })
  @ApiConsumes(CSV_TYPE, XLSX_TYPE, TEXT_TYPE)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  async importSheet(
    @Req() request: FastifyRequest,
    @Query() query: ImportUppdragSheetQueryDto,
    @Write() write: WriteContext,
  ): Promise<ImportSummaryView | ImportPreviewView> {
    this.runner.authorize(write);
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (![CSV_TYPE, XLSX_TYPE, TEXT_TYPE].includes(type) || !Buffer.isBuffer(request.body)) {
      throw new ProblemError(
        problem(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          `Skicka tabellen som ${CSV_TYPE}, ${TEXT_TYPE} eller ${XLSX_TYPE}.`,
        ),
      );
    }
    const bytes = request.body;
    const parameters = tableParameters(query);
    const parse = async (): Promise<PlannedTable> => {
      const register = await this.runner.organRegister();
      const options = { register, parameters };
      try {
        if (type === TEXT_TYPE) {
          return await this.runner.reportOnExisting(
            pastedTableCommands(bytes, write.actor.personId, options),
          );
        }
        const rows: SheetRow[] = type === CSV_TYPE ? parseCsv(bytes) : await parseXlsx(bytes);
        return await this.runner.reportOnExisting(uppdragSheetCommands(rows, write.actor.personId, options));
      } catch (error) {
        if (!(error instanceof SheetFormatError)) throw error;
        throw refused([{ row: error.row, field: 'fil', reason: error.message }]);
      }
    };
    if (query.forhandsgranska === 'true') return this.runner.preview(parse, write);
    return this.runner.run(parse, write);
  }
}
