import { Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { MailDeliveryEntity } from './mail-delivery.entity';
import { MailDeliveryRepository } from './mail-delivery.repository';
import { createMailTransport, MAIL_TRANSPORT, type MailTransport } from './mail-transport';
import { MailService } from './mail.service';
import { MailPersonalData } from './mail-personal-data';

/** Sending mail: MailService over SMTP_URL (or .eml files), with per-key delivery records. */
@Module({
  imports: [TypeOrmModule.forFeature([MailDeliveryEntity])],
  providers: [
    MailService,
    MailDeliveryRepository,
    MailPersonalData,
    {
      provide: MAIL_TRANSPORT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createMailTransport(config),
    },
  ],
  exports: [MailService, MailDeliveryRepository],
})
export class MailModule implements OnModuleDestroy {
  constructor(@Inject(MAIL_TRANSPORT) private readonly transport: MailTransport) {}

  onModuleDestroy(): void {
    // Ends pooled SMTP connections so the process can exit.
    this.transport.close();
  }
}
