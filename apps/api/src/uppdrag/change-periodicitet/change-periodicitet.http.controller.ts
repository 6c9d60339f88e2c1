import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, changeUppdragPeriodicitet } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { UppdragParams } from '../uppdrag.params';
import { foldUppdragView, UppdragView } from '../uppdrag.view';
import { ChangePeriodicitetDto } from './change-periodicitet.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class ChangePeriodicitetHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':uppdragId/periodicitet')
  @WriteEndpoint({
    summary: 'Ändra periodicitet (månad eller tertial)',
    response: UppdragView,
    body: ChangePeriodicitetDto,
  })
  async changePeriodicitet(
    @Param() { uppdragId }: UppdragParams,
    @Body() body: ChangePeriodicitetDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppdragView> {
    const written = await changeUppdragPeriodicitet(
      this.app,
      { uppdragId, periodicitet: body.periodicitet, reason: body.reason },
      {
        ...write,
        occurredAt: body.occurredAt,
      },
    );
    return withEtag(reply, foldUppdragView(written.stream)!);
  }
}
