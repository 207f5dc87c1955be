//! The rules the core hands a backend to apply inside its transactions
//! ([`crate::store::Rules`]); each is written in the core module of its area.

use chrono::NaiveDate;

use super::{audit, gdpr, import, status, tokens};
use crate::error::Result;
use crate::model::{
    AsOf, CompletionField, CompletionReport, CompletionRow, ImportReport, ImportSpec, PlanSink, PlanSource,
    RowSource,
};
use crate::store::rules::{
    Answer, Answering, AuditCheck, AuditLink, Changed, CompletionImport, CompletionImportStore, StatusNames,
    StatusSql, StoredRequest, UserImportStore,
};

/// The domain's rules, as backends ask for them.
pub struct DomainRules;

/// What every backend is opened with.
pub static RULES: DomainRules = DomainRules;

impl crate::store::Rules for DomainRules {
    fn audit_genesis(&self) -> &'static str {
        audit::GENESIS
    }

    fn audit_chain<'t>(&self, tenant: Option<&'t str>) -> &'t str {
        audit::chain_of(tenant)
    }

    fn audit_hash(&self, link: &AuditLink<'_>) -> String {
        audit::hash(link)
    }

    fn audit_check(&self, anchor: Option<&str>) -> Box<dyn AuditCheck> {
        Box::new(audit::ChainCheck::new(anchor))
    }

    fn audit_event(&self, changed: &Changed<'_>) -> (&'static str, serde_json::Value) {
        audit::event(changed)
    }

    // The status model.

    fn status_sql(&self, names: &StatusNames<'_>) -> StatusSql {
        status::sql(names)
    }

    fn expiring_until(&self, as_of: AsOf) -> NaiveDate {
        status::expiring_until(as_of)
    }

    // Tokens.

    fn token_secret(&self) -> Result<String> {
        tokens::new_secret()
    }

    fn token_hash(&self, secret: &str) -> String {
        tokens::secret_hash(secret)
    }

    // Data protection.

    fn kept_on_erasure(&self, table: &str, rows: u64) -> Option<String> {
        gdpr::answers::kept_on_erasure(table, rows)
    }

    fn suppression_mac(&self, secret: &[u8], kind: &str, value: &str) -> String {
        gdpr::answers::suppression_mac(secret, kind, value)
    }

    fn request_manifest(&self, answer: &Answer<'_>) -> serde_json::Value {
        gdpr::answers::manifest(answer)
    }

    fn request_answerable(&self, request: &StoredRequest, by: Answering) -> Result<()> {
        gdpr::answers::answerable(request, by)
    }

    // Imports.
    fn import_users(
        &self,
        spec: &ImportSpec,
        store: &mut dyn UserImportStore,
        rows: &mut dyn RowSource,
        plan: &mut dyn PlanSink,
    ) -> Result<(ImportReport, bool)> {
        import::users::import_users(spec, store, rows, plan)
    }

    fn apply_import_plan(
        &self,
        store: &mut dyn UserImportStore,
        plan: &mut dyn PlanSource,
    ) -> Result<ImportReport> {
        import::plan::apply_plan(store, plan)
    }

    fn import_completions(
        &self,
        import: &CompletionImport<'_>,
        store: &mut dyn CompletionImportStore,
        rows: &mut dyn RowSource<CompletionRow, CompletionField>,
    ) -> Result<(CompletionReport, bool)> {
        import::completions::import_completions(import, store, rows)
    }
}
