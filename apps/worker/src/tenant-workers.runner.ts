import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { type AppConfig } from '@sparbar/config';
import { APP_CONFIG, TENANT_DIRECTORY, TenantWorkers } from '@sparbar/runtime';
import { type TenantDirectory } from '@sparbar/tenancy';

/** In an installation of many organisations, the worker serves its share of the directory's tenants. */
@Injectable()
export class TenantWorkersRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Organisationer');
  private workers: TenantWorkers | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(TENANT_DIRECTORY) private readonly directory: TenantDirectory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.workers = await new TenantWorkers({
      config: this.config,
      directory: this.directory,
      log: (level, message) => (level === 'warn' ? this.logger.warn(message) : this.logger.log(message)),
    }).start();
    this.logger.log(`Arbetaren betjänar ${this.workers.tenants.length} organisationer`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.workers?.stop();
  }
}
