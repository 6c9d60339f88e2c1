import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, withdrawUppdrag } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { UppdragParams } from '../uppdrag.params';
import { foldUppdragView, UppdragView } from '../uppdrag.view';
import { WithdrawUppdragDto } from './withdraw-uppdrag.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class WithdrawUppdragHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':uppdragId/withdraw')
  @WriteEndpoint({
    summary: 'Återkalla uppdraget: inte längre aktuellt (skäl krävs)',
    response: UppdragView,
    body: WithdrawUppdragDto,
  })
  async withdrawUppdrag(
    @Param() { uppdragId }: UppdragParams,
    @Body() body: WithdrawUppdragDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppdragView> {
    const written = await withdrawUppdrag(
      this.app,
      { uppdragId, reason: body.reason },
      {
        ...write,
        occurredAt: body.occurredAt,
      },
    );
    return withEtag(reply, foldUppdragView(written.stream)!);
  }
}
