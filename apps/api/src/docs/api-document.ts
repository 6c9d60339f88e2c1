/**
 * The OpenAPI document, made from the controllers' decorators. Nest's Swagger module reads them from a
 * running application; this one is built in preview mode (modules scanned, nothing instantiated, no
 * port), because `startApp` leaves no moment between creating the real app and listening.
 */
import { Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { FieldErrorDto, ProblemDto } from '../http/problem.dto';

export async function buildApiDocument(controllers: Type<unknown>[]): Promise<OpenAPIObject> {
  // Preview mode still checks that every dependency has a provider; none is ever made, so a stand-in will do.
  const standIns = [...new Set(controllers.flatMap(injectedTokens))].map((token) => ({
    provide: token,
    useValue: null,
  }));

  @Module({ controllers, providers: standIns })
  class DocumentedApi {}

  const app = await NestFactory.create(DocumentedApi, new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    const config = new DocumentBuilder()
      .setTitle('Spårbar')
      .setDescription(
        [
          'Uppföljning av fullmäktiges uppdrag och nämndernas delmål, på en händelselogg.',
          '',
          'Alla anrop under /api kräver `Authorization: Bearer <token>` (lokalt: POST /api/auth/dev-token).',
          'Läsningar och skrivningar svarar med `ETag` (strömmens revision); skicka den som `If-Match` för att bara',
          'skriva om ingen annan hunnit före (annars 409). Fel är `application/problem+json` med en stabil `code`.',
        ].join('\n'),
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build();
    return SwaggerModule.createDocument(app, config, { extraModels: [ProblemDto, FieldErrorDto] });
  } finally {
    await app.close();
  }
}

/** What a controller's constructor asks for (`@Inject(token)` or its parameter types). */
function injectedTokens(controller: Type<unknown>): (string | symbol | Type<unknown>)[] {
  const declared = (Reflect.getMetadata('self:paramtypes', controller) ?? []) as {
    param: string | symbol | Type<unknown>;
  }[];
  const types = (Reflect.getMetadata('design:paramtypes', controller) ?? []) as Type<unknown>[];
  return declared.length > 0 ? declared.map((d) => d.param) : types;
}
