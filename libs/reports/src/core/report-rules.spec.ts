import { ReportStatus } from '../models/report.model';
import {
  clampPosition,
  isAllowedStatusChange,
  mayCreateReport,
  mayEditReport,
  mayReadReports,
  recommendationNumber,
  sectionNumber,
} from './report-rules';

const member = { role: 'MEMBER', personId: 'p' };
const office = { role: 'OFFICE', personId: 'o' };
const guest = { role: 'GUEST', personId: 'g' };
const none = { chairOf: false, namedEditor: false };

describe('mayEditReport', () => {
  it('lets the office edit every report', () => {
    expect(mayEditReport(office, none)).toBe(true);
  });
  it('lets a member edit as chair of an owning group or as a named editor, not otherwise', () => {
    expect(mayEditReport(member, { chairOf: true, namedEditor: false })).toBe(true);
    expect(mayEditReport(member, { chairOf: false, namedEditor: true })).toBe(true);
    expect(mayEditReport(member, none)).toBe(false);
  });
  it('never lets a GUEST or nobody edit, whatever the facts say', () => {
    expect(mayEditReport(guest, { chairOf: true, namedEditor: true })).toBe(false);
    expect(mayEditReport(null, { chairOf: true, namedEditor: true })).toBe(false);
    expect(mayEditReport(undefined, none)).toBe(false);
  });
});

describe('mayReadReports', () => {
  it('is MEMBER and OFFICE only', () => {
    expect(mayReadReports(member)).toBe(true);
    expect(mayReadReports(office)).toBe(true);
    expect(mayReadReports(guest)).toBe(false);
    expect(mayReadReports(null)).toBe(false);
  });
});

describe('mayCreateReport', () => {
  it('needs a chair of every named group, or the office', () => {
    expect(mayCreateReport(member, ['a', 'b'], new Set(['a', 'b', 'c']))).toBe(true);
    expect(mayCreateReport(member, ['a', 'b'], new Set(['a']))).toBe(false);
    expect(mayCreateReport(office, ['a', 'b'], new Set())).toBe(true);
    expect(mayCreateReport(guest, ['a'], new Set(['a']))).toBe(false);
    expect(mayCreateReport(null, [], new Set())).toBe(false);
  });
});

describe('isAllowedStatusChange', () => {
  it('moves between DRAFTING and IN_REVIEW, never to PUBLISHED', () => {
    expect(isAllowedStatusChange(ReportStatus.DRAFTING, ReportStatus.IN_REVIEW)).toBe(true);
    expect(isAllowedStatusChange(ReportStatus.IN_REVIEW, ReportStatus.DRAFTING)).toBe(true);
    expect(isAllowedStatusChange(ReportStatus.PUBLISHED, ReportStatus.DRAFTING)).toBe(true);
    expect(isAllowedStatusChange(ReportStatus.IN_REVIEW, ReportStatus.PUBLISHED)).toBe(false);
    expect(isAllowedStatusChange(ReportStatus.PUBLISHED, ReportStatus.PUBLISHED)).toBe(false);
  });
});

describe('numbers and positions', () => {
  it('numbers sections from 1 and recommendations as "s.r"', () => {
    expect(sectionNumber(0)).toBe(1);
    expect(recommendationNumber(2, 0)).toBe('2.1');
    expect(recommendationNumber(3, 4)).toBe('3.5');
  });
  it('clamps a wanted position to 1..count, the end when none', () => {
    expect(clampPosition(null, 4)).toBe(4);
    expect(clampPosition(undefined, 4)).toBe(4);
    expect(clampPosition(0, 4)).toBe(1);
    expect(clampPosition(-3, 4)).toBe(1);
    expect(clampPosition(99, 4)).toBe(4);
    expect(clampPosition(2.7, 4)).toBe(2);
    expect(clampPosition(1, 0)).toBe(1);
  });
});
