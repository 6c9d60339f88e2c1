/**
 * What a printed table does not say, given once for the whole table (a column of a sheet wins), and
 * whether to only look: `forhandsgranska=true` answers each row's resolution and writes nothing.
 */
import { type TableParameters } from '@sparbar/import';
import {
  EnumField,
  IdField,
  PeriodField,
  QueryIntField,
  TextField,
  TimestampField,
} from '../../http/dto-fields';

export class ImportUppdragSheetQueryDto {
  @EnumField(['true', 'false'], {
    presence: 'optional',
    description: 'true: svara med varje rads tolkning och alla fel, och skriv ingenting.',
    example: 'true',
  })
  forhandsgranska?: 'true' | 'false';

  @TextField(200, {
    presence: 'optional',
    description:
      'Organet som gav uppdragen (id eller namn), där tabellen inte säger det: rubriken "Uppdrag från nämnd …" är den nämnd vars plan det är.',
    example: 'rs',
  })
  givetAv?: string;

  @IdField({
    presence: 'optional',
    description: 'Ansvarig person för tabellens uppdrag.',
    example: 'person-johan',
  })
  ansvarig?: string;

  @QueryIntField(1900, 2200, { description: 'Planåret; utan: periodens år.', example: 2023 })
  planar?: number;

  @TimestampField({
    presence: 'optional',
    description: 'Händelsetid för registreringarna; utan: när de skrivs.',
    example: '2023-01-16T09:00:00+01:00',
  })
  registrerad?: string;

  @PeriodField({
    presence: 'optional',
    description:
      'Perioden tabellens status och kommentarer rapporterar, t.ex. 2023-T1 för delårsrapporten per april.',
  })
  period?: string;

  @TimestampField({
    presence: 'optional',
    description: 'Händelsetid för rapporterna; utan: när de skrivs.',
    example: '2023-05-03T09:00:00+02:00',
  })
  rapporterad?: string;

  @TextField(200, {
    presence: 'optional',
    description:
      'Organet vars egen rapport tabellen är (id eller namn): för ett uppdrag till flera organ blir status och kommentar organets del, och "Avslutad" avslutar bara dess del. Utan: den gemensamma rapporten.',
    example: 'hsn',
  })
  organ?: string;

  @QueryIntField(1, 1_000_000, {
    description: 'Ordningen för tabellens första rad (standard 1), för en tabell som fortsätter en annan.',
    example: 1,
  })
  ordningFran?: number;
}

export function tableParameters(query: ImportUppdragSheetQueryDto): TableParameters {
  const { forhandsgranska: _, planar, ordningFran, ...text } = query;
  return {
    ...text,
    ...(planar !== undefined ? { planar: String(planar) } : {}),
    ...(ordningFran !== undefined ? { ordningFran: String(ordningFran) } : {}),
  };
}
