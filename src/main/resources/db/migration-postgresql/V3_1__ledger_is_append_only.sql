-- The ledger is append-only: a correction is a new entry. The chain of totals already refuses a changed amount in
-- the middle of the ledger; this trigger also refuses changing or removing its last entries, whoever connects.
create function refuse_ledger_rewrite() returns trigger as $$
begin
    raise exception 'Le grand livre des enveloppes ne se modifie pas : une correction est une nouvelle écriture (%).', tg_op
        using errcode = 'integrity_constraint_violation';
end;
$$ language plpgsql;

create trigger ledger_entry_is_append_only
    before update or delete on ledger_entry
    for each row execute function refuse_ledger_rewrite();

create trigger ledger_entry_is_never_truncated
    before truncate on ledger_entry
    for each statement execute function refuse_ledger_rewrite();

create trigger engagement_schedule_is_append_only
    before update or delete on engagement_schedule
    for each row execute function refuse_ledger_rewrite();
