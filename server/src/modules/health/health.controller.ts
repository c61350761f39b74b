import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../../database/db.service.js';

@Controller()
export class HealthController {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Liveness: the process answers. */
  @Get('healthz')
  health() {
    return { status: 'ok' };
  }

  /** Readiness: the database answers and no migration is pending. */
  @Get('readyz')
  async ready() {
    try {
      await this.dataSource.query('SELECT 1');
      if (await this.dataSource.showMigrations()) throw new Error('pending migrations');
      return { status: 'ready' };
    } catch (error) {
      throw new ServiceUnavailableException({ status: 'unavailable', reason: (error as Error).message });
    }
  }
}
