import { graphql } from '../../../gql';

// What an evidence note shows (features/reports/shared EvidenceNotes), as the reading view asks it.
graphql(`
  fragment ReportEvidenceNote on Evidence {
    id
    kind
    visible
    label
    note
    sourcePath
    changed
    confirmedAt
    snapshot {
      takenAt
      summary
    }
    live {
      takenAt
      summary
    }
  }
`);
