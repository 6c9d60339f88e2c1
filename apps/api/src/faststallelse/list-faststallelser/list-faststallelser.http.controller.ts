import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { type Actor, formatPeriod, parsePeriod, periodsBetween } from '@sparbar/domain';
import { CurrentActor, requireRead } from '../../auth/authenticated';
import { ReadEndpoint } from '../../http/endpoint-docs';
import { OrganisationDirectory } from '../../organisation/organisation-directory';
import { AdoptionReadModel } from '../adoption-read-model';
import { FaststallelseListParams } from '../faststallelse.params';
import { FaststallelseView, foldFaststallelseView } from '../faststallelse.view';

export class FaststallelseListView {
  @ApiProperty({ example: '2023-T1' }) period!: string;
  @ApiProperty({
    type: [FaststallelseView],
    description: 'Per organ och period, i organens och periodernas ordning.',
  })
  faststallelser!: FaststallelseView[];
}

/** The organs that adopt reports of their own; fullmäktige receives them. */
const ADOPTING = new Set(['regionstyrelse', 'namnd', 'styrelse', 'beredning']);

@ApiTags('faststallelse')
@Controller('api/perioder')
export class ListFaststallelserHttpController {
  constructor(
    @Inject(AdoptionReadModel) private readonly adoptions: AdoptionReadModel,
    @Inject(OrganisationDirectory) private readonly directory: OrganisationDirectory,
  ) {}

  /** From the fastställanden read model as far as the log's head: an adoption shows once recorded. */
  @Get(':period/faststallelser')
  @ReadEndpoint({
    summary: 'Nämndernas fastställanden av sina rapporter för en period (eller alla perioder ett år)',
    response: FaststallelseListView,
  })
  async list(
    @Param() { period }: FaststallelseListParams,
    @CurrentActor() actor: Actor,
  ): Promise<FaststallelseListView> {
    requireRead(actor);
    const { organs } = await this.directory.current();
    const adopting = [...organs.values()].filter((o) => ADOPTING.has(o.typ));
    const periods = periodsOf(period);
    const facts = await this.adoptions.atHead({ organIds: adopting.map((o) => o.organId), periods });
    const views = adopting.flatMap((organ) =>
      periods.map((p) =>
        foldFaststallelseView(
          facts.filter((f) => f.data.organId === organ.organId && f.data.period === p),
          organ.namn,
        ),
      ),
    );
    return { period, faststallelser: views.filter((v): v is FaststallelseView => v !== null) };
  }
}

/** A month or tertial as it is; a year as its months and tertials. */
function periodsOf(period: string): string[] {
  const parsed = parsePeriod(period);
  if (parsed) return [formatPeriod(parsed)];
  const from = `${period}-01-01`;
  const to = `${period}-12-31`;
  return [...periodsBetween('manad', from, to), ...periodsBetween('tertial', from, to)].map(formatPeriod);
}
