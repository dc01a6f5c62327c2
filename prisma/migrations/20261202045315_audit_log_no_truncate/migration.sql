-- The audit log is append-only against TRUNCATE too (review L3): row triggers do not fire on TRUNCATE,
-- so a statement-level trigger refuses it. A role that owns the table can still drop or disable the
-- trigger: run the app as a role that does not own it (README, "Database roles").
CREATE FUNCTION audit_log_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: TRUNCATE is refused';
END;
$$;

CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_no_truncate();
