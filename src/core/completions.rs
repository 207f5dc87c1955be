//! Completions and the certificates they issue, one by one or from an export: a
//! score is a percentage, and nobody completes a course in the future.

use super::{Lms, hints};
use crate::error::{Error, Result};
use crate::model::value::iso_date;
use crate::model::*;

impl Lms {
    /// Records a completion and issues its certificate.
    pub fn complete(&self, tenant: &str, completion: &NewCompletion) -> Result<Certificate> {
        if let Some(score) = completion.score
            && !(0.0..=100.0).contains(&score)
        {
            return Err(
                Error::usage(format!("--score {score}: a score is between 0 and 100"))
                    .with_hint("give the score in percent, e.g. --score 92"),
            );
        }
        let today = self.today();
        if completion.date > today {
            return Err(Error::invalid(format!(
                "--date {}: a completion cannot be in the future (today is {})",
                iso_date(completion.date),
                iso_date(today)
            ))
            .with_hint("give the day the course was completed, today or earlier (without --date: today)"));
        }
        self.backend
            .complete(tenant, completion)
            .map_err(|e| hints::explain(e, tenant))
    }

    /// Records completions from an export, all or nothing unless `skip_invalid`;
    /// with `apply` false nothing is written (a dry run).
    pub fn import_completions(
        &self,
        tenant: &str,
        file: &str,
        apply: bool,
        skip_invalid: bool,
        rows: &mut dyn RowSource<CompletionRow, CompletionField>,
    ) -> Result<CompletionReport> {
        self.backend
            .import_completions(tenant, file, apply, skip_invalid, rows)
            .map_err(|e| hints::explain(e, tenant))
    }

    pub fn certificates(
        &self,
        tenant: &str,
        query: &CertificateQuery,
        as_of: AsOf,
    ) -> Result<Vec<Certificate>> {
        self.backend
            .certificates(tenant, query, as_of)
            .map_err(|e| hints::explain(e, tenant))
    }

    pub fn certificate(&self, tenant: &str, serial: &str, as_of: AsOf) -> Result<Certificate> {
        self.backend
            .certificate(tenant, serial, as_of)
            .map_err(|e| hints::explain(e, tenant))
    }
}
