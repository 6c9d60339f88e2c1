import { Global, Module } from '@nestjs/common';
import { Commands } from './commands';
import { References } from './references';

/** The command runner and the cross-stream checks, for every feature's controllers. */
@Global()
@Module({ providers: [Commands, References], exports: [Commands, References] })
export class CommandsModule {}
