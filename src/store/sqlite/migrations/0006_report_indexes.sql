-- lmsctl schema version 6: certificates by expiry, from the enrollments (whose latest
-- completion they carry): `report expiring` without a look-up per completion.
CREATE INDEX enrollment_expiry ON enrollment(expires_on, done_on) WHERE done_on IS NOT NULL;
