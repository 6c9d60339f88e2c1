import { randomUUID } from 'node:crypto';
import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  delmalStream,
  DomainError,
  uppdragStream,
  uppsiktDecider,
  uppsiktsarendeStream,
} from '@sparbar/domain';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { References } from '../../commands/references';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { OrganisationDirectory } from '../../organisation/organisation-directory';
import { foldUppsiktsarendeView, UppsiktsarendeView } from '../uppsikt.view';
import { RecordArendeDto } from './record-arende.dto';

@ApiTags('uppsikt')
@Controller('api/uppsikt')
export class RecordArendeHttpController {
  constructor(
    @Inject(Commands) private readonly commands: Commands,
    @Inject(References) private readonly references: References,
    @Inject(OrganisationDirectory) private readonly directory: OrganisationDirectory,
  ) {}

  @Post()
  @WriteEndpoint({
    summary: 'Registrera ett uppsiktsärende på ett organ eller en post',
    description: 'Regionstyrelsens sekreterare och regiondirektören.',
    response: UppsiktsarendeView,
    body: RecordArendeDto,
    created: true,
  })
  async record(
    @Body() body: RecordArendeDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppsiktsarendeView> {
    const arendeId = body.arendeId ?? randomUUID();
    const regionstyrelsen = [...(await this.directory.current()).organs.values()].find(
      (organ) => organ.typ === 'regionstyrelse' && organ.active,
    );
    if (!regionstyrelsen) {
      throw new DomainError('ORGAN_NOT_FOUND', 'Det finns ingen regionstyrelse registrerad.');
    }
    const known = await this.references.load({ organs: [body.organId] });
    const item = body.item ? { kind: body.item.kind, id: body.item.id } : null;
    const itemOrgans = item ? await this.organsOfItem(item.kind, item.id) : null;
    const result = await this.commands.execute(
      uppsiktDecider,
      uppsiktsarendeStream(arendeId),
      {
        type: 'RecordUppsiktsarende',
        data: {
          arendeId,
          regionstyrelsenId: regionstyrelsen.organId,
          organId: body.organId,
          item,
          kind: body.kind,
          text: body.text,
          dueDate: body.dueDate,
        },
      },
      write,
      {
        create: true,
        occurredAt: body.occurredAt ?? undefined,
        check: () => {
          known.activeOrgan(body.organId, 'data.organId');
          if (item && itemOrgans === null) {
            const what = item.kind === 'uppdrag' ? 'Uppdraget' : 'Delmålet';
            throw new DomainError(
              item.kind === 'uppdrag' ? 'UPPDRAG_NOT_FOUND' : 'DELMAL_NOT_FOUND',
              `${what} "${item.id}" finns inte.`,
              'data.item.id',
            );
          }
          if (item && itemOrgans && !itemOrgans.includes(body.organId)) {
            throw new DomainError(
              'INVALID_VALUE',
              'Posten hör inte till organet som ärendet gäller.',
              'data.item.id',
            );
          }
        },
      },
    );
    void reply.header('location', `/api/uppsikt/${arendeId}`);
    return withEtag(reply, foldUppsiktsarendeView(result.stream)!);
  }

  /** The organs an uppdrag is directed to, or a delmål's nämnd; null when the item does not exist. */
  private async organsOfItem(kind: 'uppdrag' | 'delmal', id: string): Promise<string[] | null> {
    const events = await this.commands.read(kind === 'uppdrag' ? uppdragStream(id) : delmalStream(id));
    const first = events[0]?.data as { riktasTill?: string[]; organId?: string } | undefined;
    if (!first) return null;
    return kind === 'uppdrag' ? [...(first.riktasTill ?? [])] : first.organId ? [first.organId] : [];
  }
}
