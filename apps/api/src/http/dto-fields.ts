/**
 * The kinds of field request bodies are made of, each one decorator: its check (class-validator), its
 * Swedish reason when refused, and its OpenAPI description. DTOs read as a list of fields; the formats
 * are the domain's own (ids, dates, periods, timestamps), so the edge and the deciders agree.
 */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { isIsoDate, isIsoTimestamp, parsePeriod, PLAN_YEAR_RANGE } from '@sparbar/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
  type ValidationOptions,
  registerDecorator,
} from 'class-validator';

/** The domain's id format (libs/domain/src/shared/validate.ts): ids become part of stream names. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const ID_REASON = 'måste vara en giltig beteckning (bokstäver a–z, siffror, - och _, högst 100 tecken)';

type Presence =
  /** Must be given. */
  | 'required'
  /** May be left out or sent as null. */
  | 'optional'
  /** Must be given, but null is a value ("svar saknas"). */
  | 'nullable';

interface FieldOptions {
  presence?: Presence;
  description?: string;
  example?: unknown;
}

function presence(options: FieldOptions, schema: ApiPropertyOptions): PropertyDecorator[] {
  const doc = {
    ...schema,
    ...(options.description ? { description: options.description } : {}),
    ...(options.example !== undefined ? { example: options.example } : {}),
  } as ApiPropertyOptions;
  switch (options.presence ?? 'required') {
    case 'required':
      return [ApiProperty(doc), IsDefined({ message: 'måste anges' })];
    case 'optional':
      return [ApiPropertyOptional({ ...doc, nullable: true } as ApiPropertyOptions), IsOptional()];
    case 'nullable':
      return [
        ApiProperty({ ...doc, nullable: true } as ApiPropertyOptions),
        IsDefined({ message: 'måste anges (null betyder att värdet saknas)' }),
        ValidateIf((_object, value) => value !== null),
      ];
  }
}

export function IdField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(options, { type: String, pattern: ID_PATTERN.source, maxLength: 100 }),
    IsString({ message: 'måste vara en text' }),
    Matches(ID_PATTERN, { message: ID_REASON }),
  );
}

export function IdListField(options: FieldOptions & { max?: number } = {}): PropertyDecorator {
  const max = options.max ?? 100;
  return applyDecorators(
    ...presence(options, {
      type: [String],
      minItems: 1,
      maxItems: max,
      items: { type: 'string', pattern: ID_PATTERN.source },
    } as ApiPropertyOptions),
    IsArray({ message: 'måste vara en lista av id:n' }),
    ArrayMinSize(1, { message: 'måste innehålla minst ett id' }),
    ArrayMaxSize(max, { message: `får innehålla högst ${max} id:n` }),
    IsString({ each: true, message: 'måste vara en lista av id:n' }),
    Matches(ID_PATTERN, { each: true, message: ID_REASON }),
  );
}

/** NUL and a half of a surrogate pair cannot be stored (PostgreSQL's jsonb refuses them). */
const HALF_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const storable = (value: string) => !value.includes('\u0000') && !HALF_SURROGATE.test(value);
/** The reason names what was found: a NUL character, or half of a character outside the BMP. */
const unstorableReason = (value: unknown) =>
  typeof value === 'string' && value.includes('\u0000')
    ? 'får inte innehålla NUL-tecken (\\u0000)'
    : 'får inte innehålla ett halvt Unicode-tecken (ensam surrogat, t.ex. \\ud800)';

export function TextField(max: number, options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(options, { type: String, maxLength: max }),
    IsString({ message: 'måste vara en text' }),
    MaxLength(max, { message: `får vara högst ${max} tecken` }),
    satisfies(
      'isStorableText',
      (value) => typeof value !== 'string' || storable(value),
      ({ value }) => unstorableReason(value),
    ),
  );
}

export function EnumField(values: readonly string[], options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(options, { enum: [...values], type: String }),
    IsIn([...values], { message: `måste vara något av: ${values.join(', ')}` }),
  );
}

export function EnumListField(values: readonly string[], options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(options, { enum: [...values], isArray: true } as ApiPropertyOptions),
    IsArray({ message: 'måste vara en lista' }),
    ArrayMaxSize(values.length, { message: `får innehålla högst ${values.length} värden` }),
    IsIn([...values], { each: true, message: `måste vara något av: ${values.join(', ')}` }),
  );
}

export function NumberField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(options, { type: Number }),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'måste vara ett tal' }),
  );
}

export function IntField(min: number, max: number, options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(options, { type: 'integer', minimum: min, maximum: max }),
    IsInt({ message: 'måste vara ett heltal' }),
    Min(min, { message: `får vara lägst ${min}` }),
    Max(max, { message: `får vara högst ${max}` }),
  );
}

export function PlanYearField(options: FieldOptions = {}): PropertyDecorator {
  return IntField(PLAN_YEAR_RANGE.min, PLAN_YEAR_RANGE.max, { example: 2023, ...options });
}

/** A query parameter arrives as text; this one is an integer. */
export function QueryIntField(min: number, max: number, options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Type(() => Number),
    IntField(min, max, { presence: 'optional', ...options }),
  );
}

export function DateField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(options, { type: String, format: 'date', example: '2023-12-31' }),
    satisfies('isIsoDate', isIsoDate, 'måste vara ett datum på formen ÅÅÅÅ-MM-DD'),
  );
}

export function PeriodField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(options, {
      type: String,
      pattern: '^\\d{4}-(0[1-9]|1[0-2]|T[1-3])$',
      example: '2023-T1',
      description: 'En månad (2023-04) eller en tertial (2023-T1).',
    }),
    satisfies(
      'isPeriod',
      (value) => parsePeriod(value) !== null,
      'måste vara en månad (ÅÅÅÅ-MM, t.ex. 2023-04) eller en tertial (ÅÅÅÅ-Tn, t.ex. 2023-T1)',
    ),
  );
}

/** A period a table can be drawn up for: a month, a tertial, or a whole year (2023). */
export function TablePeriodField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(options, {
      type: String,
      pattern: '^\\d{4}(-(0[1-9]|1[0-2]|T[1-3]))?$',
      example: '2023-T1',
      description: 'En månad (2023-04), en tertial (2023-T1) eller hela året (2023).',
    }),
    satisfies(
      'isTablePeriod',
      (value) => parsePeriod(value) !== null || (typeof value === 'string' && /^\d{4}$/.test(value)),
      'måste vara en månad (ÅÅÅÅ-MM, t.ex. 2023-04), en tertial (ÅÅÅÅ-Tn, t.ex. 2023-T1) eller ett år (ÅÅÅÅ)',
    ),
  );
}

export function TimestampField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    ...presence(options, { type: String, format: 'date-time', example: '2023-05-03T09:30:00+02:00' }),
    satisfies('isIsoTimestamp', isIsoTimestamp, ({ value }) =>
      // In a query string an unescaped `+` arrives as a space: say so, rather than repeat the example.
      typeof value === 'string' && /T\d\d:\d\d(:\d\d(\.\d+)?)? \d\d:?\d\d$/.test(value)
        ? 'tidszonens + blev ett mellanslag i adressen: skriv + som %2B (2023-05-03T09:30:00%2B02:00) eller ange tiden i UTC (2023-05-03T07:30:00Z)'
        : 'måste vara en tidpunkt enligt ISO 8601 med tidszon, t.ex. 2023-05-03T09:30:00+02:00',
    ),
  );
}

export function NestedField(type: () => new () => object, options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    // Swagger takes a function for a lazy type only when the function is named `type`; a parameter
    // passed on (an arrow with no name) would be read as a class without a name: `$ref: .../schemas/`.
    ...presence(options, { type: () => type() }),
    IsObject({ message: 'måste vara ett objekt' }),
    ValidateNested({ message: 'måste vara ett objekt' }),
    Type(type),
  );
}

function satisfies(
  name: string,
  test: (value: unknown) => boolean,
  message: string | ((args: ValidationArguments) => string),
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    const options: ValidationOptions = { message };
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: { validate: (value: unknown) => test(value) },
    });
  };
}
