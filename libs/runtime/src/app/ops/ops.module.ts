import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { DependencyChecks } from './health.indicators';

/** /health/live and /health/ready; /metrics comes with the observability module. */
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
  controllers: [HealthController],
  providers: [DependencyChecks],
})
export class OpsModule {}
