//! Tenants (Mandanten) and their tree: creation, changes, deletion.

use super::Lms;
use crate::error::Result;
use crate::model::*;

impl Lms {
    pub fn create_tenant(&self, tenant: &NewTenant) -> Result<Tenant> {
        self.backend.create_tenant(tenant)
    }

    pub fn tenants(&self) -> Result<Vec<Tenant>> {
        self.backend.tenants()
    }

    pub fn tenant(&self, slug: &str) -> Result<Tenant> {
        self.backend.tenant(slug)
    }

    pub fn update_tenant(&self, slug: &str, patch: &TenantPatch) -> Result<Tenant> {
        self.backend.update_tenant(slug, patch)
    }

    /// Deletes a tenant. Without `cascade` it must have no users, groups or children.
    /// With `dry_run` nothing is deleted and the report says what would be.
    pub fn delete_tenant(&self, slug: &str, cascade: bool, dry_run: bool) -> Result<TenantDeletion> {
        self.backend.delete_tenant(slug, cascade, dry_run)
    }
}
