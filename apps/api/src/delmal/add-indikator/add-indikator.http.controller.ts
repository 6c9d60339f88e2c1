import { randomUUID } from 'node:crypto';
import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, addIndikator } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { DelmalParams } from '../delmal.params';
import { foldDelmalView, DelmalView } from '../delmal.view';
import { AddIndikatorDto } from './add-indikator.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class AddIndikatorHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':delmalId/indikatorer')
  @WriteEndpoint({ summary: 'Lägg till en indikator', response: DelmalView, body: AddIndikatorDto })
  async add(
    @Param() { delmalId }: DelmalParams,
    @Body() body: AddIndikatorDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DelmalView> {
    const baseline = body.baseline ? { year: body.baseline.year, value: body.baseline.value } : body.baseline;
    const written = await addIndikator(
      this.app,
      {
        delmalId,
        indikatorId: body.indikatorId ?? randomUUID(),
        namn: body.namn,
        enhet: body.enhet,
        baseline,
        malvarde: body.malvarde,
        riktning: body.riktning,
      },
      {
        ...write,
        occurredAt: body.occurredAt,
      },
    );
    return withEtag(reply, foldDelmalView(written.stream)!);
  }
}
