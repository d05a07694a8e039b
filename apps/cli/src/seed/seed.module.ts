import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, PlatformModule } from '@cop/platform';
import { CommunityModule } from '@cop/community';
import { DemoSeeder } from './demo-seeder';

@Module({})
export class SeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: SeedModule,
      imports: [PlatformModule.forRoot(config), CommunityModule],
      providers: [DemoSeeder],
      exports: [DemoSeeder],
    };
  }
}
