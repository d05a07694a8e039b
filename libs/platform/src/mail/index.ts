export { MailModule } from './mail.module';
export {
  MailService,
  TransientMailError,
  type OutgoingMail,
  type MailAttachment,
  type MailSendResult,
} from './mail.service';
export { MailDeliveryRepository, type MailDeliveryCounts } from './mail-delivery.repository';
export { MailDeliveryEntity, type MailDeliveryStatus } from './mail-delivery.entity';
export {
  createMailTransport,
  EmlFileTransport,
  MAIL_TRANSPORT,
  type MailTransport,
  type EmlFileInfo,
} from './mail-transport';
export {
  renderEmail,
  escapeHtml,
  type EmailLayoutInput,
  type EmailAction,
  type EmailList,
  type RenderedEmail,
} from './email-layout';
export { MailPreview } from './mail-preview.model';
export { mailDeliveredSql, mailDeliveryCountSql } from './mail-delivery-sql';
