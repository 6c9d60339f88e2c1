import { Controller, Inject, Post, Req } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { commandFileCommands } from '@sparbar/import';
import { type FastifyRequest } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { ModelEndpoint } from '../../http/endpoint-docs';
import { ImportRunner } from '../import-runner';
import { ImportSummaryView } from '../import.view';

@ApiTags('import')
@Controller('api/import')
export class ImportKommandonHttpController {
  constructor(@Inject(ImportRunner) private readonly runner: ImportRunner) {}

  @Post('kommandon')
  @ModelEndpoint({
    summary: 'Importera historik: en fil med samma kommandon som API:t tar, med avsändare och händelsetid',
    description:
      '{ "commands": [ { "type", "actor", "occurredAt", "data" } ] } — se README "Import" och docs/import-kommandon.example.json. Varje kommando prövas av sin beslutsfunktion i filens ordning på en kladd av nuvarande tillstånd; finns ett enda fel skrivs ingenting. Kräver rollen importer.',
    response: ImportSummaryView,
    problems: {
      400: 'Filen har fel: `errors` = [{ row (kommandots nummer), field, reason, code }], och inget är skrivet.',
      401: 'Ingen eller ogiltig token.',
      403: 'Bara rollen importer får importera.',
      409: 'Någon annan skrev under importen: `row` och `written` säger var den stannade.',
      413: 'För stor fil (HTTP_BODY_LIMIT_BYTES).',
    },
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['commands'],
      properties: {
        commands: {
          type: 'array',
          items: {
            type: 'object',
            required: ['type', 'actor', 'occurredAt', 'data'],
            properties: {
              type: { type: 'string', example: 'ReportUppdragStatus' },
              actor: { type: 'string', example: 'person-johan' },
              occurredAt: { type: 'string', example: '2023-05-03T09:00:00+02:00' },
              data: { type: 'object' },
            },
          },
        },
      },
    },
  })
  importCommands(@Req() request: FastifyRequest, @Write() write: WriteContext): Promise<ImportSummaryView> {
    return this.runner.run(() => commandFileCommands(request.body), write);
  }
}
