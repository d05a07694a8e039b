import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@cop/identity';
import { SurveyAnswerEntity, SurveyEntity, SurveyResponseEntity } from './survey.entity';
import { SurveyResponsesController } from './survey-responses.controller';
import { SurveysRepository } from './surveys.repository';
import { QuestionResultResolver, SurveysResolver } from './surveys.resolver';
import { SurveysService } from './surveys.service';
import { SurveyVisibility } from './survey-visibility';
import { SurveysPersonalData } from './personal-data';

/** Conditional questionnaires, drafts and responses, results and the CSV export. */
@Module({
  imports: [
    TypeOrmModule.forFeature([SurveyEntity, SurveyResponseEntity, SurveyAnswerEntity]),
    IdentityModule,
  ],
  controllers: [SurveyResponsesController],
  providers: [
    SurveysRepository,
    SurveyVisibility,
    SurveysService,
    SurveysResolver,
    QuestionResultResolver,
    SurveysPersonalData,
  ],
  exports: [SurveysService, SurveyVisibility],
})
export class SurveysModule {}
