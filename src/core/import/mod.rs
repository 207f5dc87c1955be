/*!
Imports, the rules once: what a row may hold, what it changes in the tenant, when a
`sync` may suspend the people a file left out, and whether a saved plan still holds.

The checks ([`checks`]) are the same wherever the parts of an import come from: the
rows of a file read here, rows a client sent to `lmsctl serve`, the changes of a
saved plan. The import itself runs inside a backend's transaction: the backend opens
it for the import's tenant and hands the core ([`crate::store::Rules`]) what it reads
and a way to write ([`crate::store::rules::UserImportStore`]); the core diffs the
rows against the tenant ([`diff`]) and says what to write ([`users`]), or checks and
applies a plan ([`plan`]).
*/

mod checks;
pub mod completions;
pub mod diff;
pub mod plan;
pub mod users;

pub use checks::{
    check_completion, check_completion_date, check_file_name, check_row, check_spec, check_user_value,
};
use plan::refuse_plan;
pub use plan::{PlanCheck, check_plan_header};

use super::{Lms, hints};
use crate::error::{Error, Result};
use crate::model::{ImportReport, ImportSpec, PlanSink, PlanSource, RowSource};

impl Lms {
    /// Imports users: diffs the rows against the tenant and applies the changes in one
    /// transaction, or none of them (dry run, rejected rows without `skip_invalid`,
    /// a refused `sync`). Every planned change is also handed to `plan`.
    pub fn import_users(
        &self,
        spec: &ImportSpec,
        rows: &mut dyn RowSource,
        plan: &mut dyn PlanSink,
    ) -> Result<ImportReport> {
        check_spec(spec).map_err(|m| Error::invalid(format!("the import's options: {m}")))?;
        self.backend
            .import_users(spec, rows, plan)
            .map_err(|e| hints::explain(e, &spec.tenant))
    }

    /// Applies a plan saved by an earlier dry run, if the store has not changed since
    /// and every change still holds. Its header is checked before the backend sees it.
    pub fn apply_import_plan(&self, plan: &mut dyn PlanSource) -> Result<ImportReport> {
        let header = plan.header();
        check_plan_header(header).map_err(|m| refuse_plan(None, &m))?;
        let tenant = header.spec.tenant.clone();
        self.backend
            .apply_import_plan(plan)
            .map_err(|e| hints::explain(e, &tenant))
    }
}
