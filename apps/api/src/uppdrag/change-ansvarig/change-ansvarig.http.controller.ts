import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, changeUppdragAnsvarig } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { UppdragParams } from '../uppdrag.params';
import { foldUppdragView, UppdragView } from '../uppdrag.view';
import { ChangeAnsvarigDto } from './change-ansvarig.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class ChangeAnsvarigHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':uppdragId/ansvarig')
  @WriteEndpoint({ summary: 'Byt ansvarig tjänsteperson', response: UppdragView, body: ChangeAnsvarigDto })
  async changeAnsvarig(
    @Param() { uppdragId }: UppdragParams,
    @Body() body: ChangeAnsvarigDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppdragView> {
    const written = await changeUppdragAnsvarig(
      this.app,
      { uppdragId, ansvarigPersonId: body.ansvarigPersonId },
      {
        ...write,
        occurredAt: body.occurredAt,
      },
    );
    return withEtag(reply, foldUppdragView(written.stream)!);
  }
}
