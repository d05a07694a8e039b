// @cop/news: news items and the FAQ.
export { NewsModule } from './news.module';
export { NewsService } from './news.service';
export { NewsRepository } from './news.repository';
export { NewsItem, NewsConnection, FaqEntry } from './models/news.model';
export { newsSqlCases } from './news.sql-cases';
export { newsPublishedSql } from './news-sql';
