import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@cop/platform';
import { DemoSeeder } from './demo-seeder';
import { SeedModule } from './seed.module';
import { ReportsDemoSeeder } from './spectrum-reports';
import { ExpertiseDemoSeeder } from './spectrum-expertise';

/** Seeds the demo community; with onlyIfEmpty, leaves a database that has a community alone. */
export async function seedDemo(config: AppConfig, opts: { onlyIfEmpty?: boolean } = {}): Promise<boolean> {
  const app = await NestFactory.createApplicationContext(SeedModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const seeder = app.get(DemoSeeder);
    if (opts.onlyIfEmpty && (await seeder.isSeeded())) return false;
    await seeder.seed();
    await app.get(ReportsDemoSeeder).seed();
    await app.get(ExpertiseDemoSeeder).seed();
    return true;
  } finally {
    await app.close();
  }
}
