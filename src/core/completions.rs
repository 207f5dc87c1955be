//! Completions and the certificates they issue, one by one or from an export.

use super::Lms;
use crate::error::Result;
use crate::model::*;

impl Lms {
    /// Records a completion and issues its certificate.
    pub fn complete(&self, tenant: &str, completion: &NewCompletion) -> Result<Certificate> {
        self.backend.complete(tenant, completion)
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
    }

    pub fn certificates(
        &self,
        tenant: &str,
        query: &CertificateQuery,
        as_of: AsOf,
    ) -> Result<Vec<Certificate>> {
        self.backend.certificates(tenant, query, as_of)
    }

    pub fn certificate(&self, tenant: &str, serial: &str, as_of: AsOf) -> Result<Certificate> {
        self.backend.certificate(tenant, serial, as_of)
    }
}
