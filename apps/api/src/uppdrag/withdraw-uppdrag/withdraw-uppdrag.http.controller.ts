import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { UppdragParams } from '../uppdrag.params';
import { UppdragView } from '../uppdrag.view';
import { writeUppdrag } from '../uppdrag.write';
import { WithdrawUppdragDto } from './withdraw-uppdrag.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class WithdrawUppdragHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writeUppdrag(
      this.commands,
      { type: 'WithdrawUppdrag', data: { uppdragId, reason: body.reason } },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
