-- lmsctl schema version 10: the audit trail is one hash chain per tenant plus one for
-- the store itself, so that writers to different tenants never wait for one chain
-- head. Each event names its chain (the tenant's slug when it was written, '' for
-- the store-level chain); the events written before were one chain, and stay one as
-- the store-level chain.

ALTER TABLE audit_event ADD COLUMN chain TEXT NOT NULL DEFAULT '';

-- The head of a chain, for every append and every saved import plan.
CREATE INDEX audit_event_chain ON audit_event(chain, seq);
