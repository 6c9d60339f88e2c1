import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { UppdragParams } from '../uppdrag.params';
import { UppdragView } from '../uppdrag.view';
import { writeUppdrag } from '../uppdrag.write';
import { ChangePeriodicitetDto } from './change-periodicitet.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class ChangePeriodicitetHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writeUppdrag(
      this.commands,
      {
        type: 'ChangeUppdragPeriodicitet',
        data: { uppdragId, periodicitet: body.periodicitet, reason: body.reason },
      },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
