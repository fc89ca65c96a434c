-- Envelopes as an exact ledger (issue 4).
--
-- Each movement is one row of ledger_entry, never updated nor deleted. A row carries the envelope's totals after
-- it and, copied from the row before it, the totals before it; a composite foreign key ties those "before" columns
-- to the previous row, and check constraints say that "after" = "before" + this movement and that the totals obey
-- the rules (nothing engaged beyond what was allocated, nothing paid beyond what was engaged). By induction from
-- the first row, every row's totals are the sums of the ledger up to it, and the database itself refuses a movement
-- that would break a rule, whatever the code does. Entries that concern a dossier carry a second chain of the same
-- kind, with the dossier's own totals, so that a dossier is never paid more than its engagement.
--
-- Numbering (entry_number = previous_number + 1, unique per envelope) also means that two movements written at
-- once on one envelope cannot both follow the same entry: one of them fails, even without the lock the code takes.

create table ledger_entry (
    id                              uuid           primary key,
    envelope_id                     uuid           not null references envelope (id),
    entry_number                    integer        not null,
    previous_number                 integer,
    kind                            varchar(20)    not null,
    reason                          varchar(30),
    amount                          numeric(14, 2) not null,
    dossier_id                      uuid           references dossier (id),
    idempotency_key                 varchar(200)   not null,
    operation_date                  date           not null,
    recorded_at                     timestamp with time zone not null,
    recorded_by                     varchar(40)    not null,
    deliberation_reference          varchar(100),
    note                            varchar(1000),
    -- the envelope's totals after this entry
    allocated_total                 numeric(14, 2) not null,
    engaged_total                   numeric(14, 2) not null,
    released_total                  numeric(14, 2) not null,
    paid_total                      numeric(14, 2) not null,
    recovered_total                 numeric(14, 2) not null,
    -- the envelope's totals before it: those of the previous entry (null for the first one)
    previous_allocated_total        numeric(14, 2),
    previous_engaged_total          numeric(14, 2),
    previous_released_total         numeric(14, 2),
    previous_paid_total             numeric(14, 2),
    previous_recovered_total        numeric(14, 2),
    -- the same chain for the dossier the entry concerns, if any
    dossier_entry_number            integer,
    dossier_previous_number         integer,
    dossier_engaged_total           numeric(14, 2),
    dossier_released_total          numeric(14, 2),
    dossier_paid_total              numeric(14, 2),
    dossier_recovered_total         numeric(14, 2),
    dossier_previous_engaged_total  numeric(14, 2),
    dossier_previous_released_total numeric(14, 2),
    dossier_previous_paid_total     numeric(14, 2),
    dossier_previous_recovered_total numeric(14, 2),

    constraint ledger_entry_kind check (kind in ('ALLOCATION', 'AMENDMENT_INCREASE', 'AMENDMENT_DECREASE',
        'ENGAGEMENT', 'RELEASE', 'PAYMENT', 'RECOVERY')),
    constraint ledger_amount_is_positive check (amount > 0),
    constraint one_entry_per_movement unique (idempotency_key),

    -- who a movement concerns
    constraint envelope_movement_names_no_dossier
        check ((kind in ('ALLOCATION', 'AMENDMENT_INCREASE', 'AMENDMENT_DECREASE')) = (dossier_id is null)),
    constraint amendment_cites_its_deliberation
        check (kind not in ('AMENDMENT_INCREASE', 'AMENDMENT_DECREASE')
            or (deliberation_reference is not null and note is not null)),
    constraint release_has_a_reason
        check (kind <> 'RELEASE' or reason in ('LAPSE', 'LOWER_FINAL_COST', 'WITHDRAWAL', 'RENUNCIATION', 'CORRECTION')),

    -- the envelope's chain
    constraint entry_number_once_per_envelope unique (envelope_id, entry_number),
    constraint envelope_totals_of_entry unique (envelope_id, entry_number, allocated_total, engaged_total,
        released_total, paid_total, recovered_total),
    constraint entry_follows_previous_one check (
        (previous_number is null and entry_number = 1
            and previous_allocated_total is null and previous_engaged_total is null
            and previous_released_total is null and previous_paid_total is null
            and previous_recovered_total is null)
        or (previous_number is not null and entry_number = previous_number + 1
            and previous_allocated_total is not null and previous_engaged_total is not null
            and previous_released_total is not null and previous_paid_total is not null
            and previous_recovered_total is not null)),
    constraint allocation_opens_the_ledger check ((kind = 'ALLOCATION') = (entry_number = 1)),
    constraint envelope_totals_add_up check (
        allocated_total = coalesce(previous_allocated_total, 0) + case kind
            when 'ALLOCATION' then amount when 'AMENDMENT_INCREASE' then amount
            when 'AMENDMENT_DECREASE' then -amount else 0 end
        and engaged_total = coalesce(previous_engaged_total, 0) + case kind when 'ENGAGEMENT' then amount else 0 end
        and released_total = coalesce(previous_released_total, 0) + case kind when 'RELEASE' then amount else 0 end
        and paid_total = coalesce(previous_paid_total, 0) + case kind when 'PAYMENT' then amount else 0 end
        and recovered_total = coalesce(previous_recovered_total, 0) + case kind when 'RECOVERY' then amount else 0 end),
    constraint envelope_never_overcommitted check (engaged_total - released_total <= allocated_total),
    constraint envelope_never_overpaid check (released_total <= engaged_total
        and paid_total <= engaged_total - released_total and recovered_total <= paid_total),

    -- the dossier's chain
    constraint dossier_entry_number_once unique (dossier_id, dossier_entry_number),
    constraint dossier_totals_of_entry unique (dossier_id, envelope_id, dossier_entry_number, dossier_engaged_total,
        dossier_released_total, dossier_paid_total, dossier_recovered_total),
    constraint dossier_entry_follows_previous_one check (
        (dossier_id is null and dossier_entry_number is null and dossier_previous_number is null
            and dossier_engaged_total is null and dossier_released_total is null
            and dossier_paid_total is null and dossier_recovered_total is null
            and dossier_previous_engaged_total is null and dossier_previous_released_total is null
            and dossier_previous_paid_total is null and dossier_previous_recovered_total is null)
        or (dossier_id is not null and dossier_entry_number is not null
            and dossier_engaged_total is not null and dossier_released_total is not null
            and dossier_paid_total is not null and dossier_recovered_total is not null
            and ((dossier_previous_number is null and dossier_entry_number = 1
                    and dossier_previous_engaged_total is null and dossier_previous_released_total is null
                    and dossier_previous_paid_total is null and dossier_previous_recovered_total is null)
                or (dossier_previous_number is not null and dossier_entry_number = dossier_previous_number + 1
                    and dossier_previous_engaged_total is not null and dossier_previous_released_total is not null
                    and dossier_previous_paid_total is not null and dossier_previous_recovered_total is not null)))),
    -- one engagement per dossier, and nothing happens to a dossier's money before it
    constraint engagement_opens_the_dossier check (dossier_id is null
        or (kind = 'ENGAGEMENT') = (dossier_entry_number = 1)),
    constraint dossier_totals_add_up check (dossier_id is null or (
        dossier_engaged_total = coalesce(dossier_previous_engaged_total, 0)
            + case kind when 'ENGAGEMENT' then amount else 0 end
        and dossier_released_total = coalesce(dossier_previous_released_total, 0)
            + case kind when 'RELEASE' then amount else 0 end
        and dossier_paid_total = coalesce(dossier_previous_paid_total, 0)
            + case kind when 'PAYMENT' then amount else 0 end
        and dossier_recovered_total = coalesce(dossier_previous_recovered_total, 0)
            + case kind when 'RECOVERY' then amount else 0 end)),
    constraint dossier_never_overpaid check (dossier_id is null or (dossier_released_total <= dossier_engaged_total
        and dossier_paid_total <= dossier_engaged_total - dossier_released_total
        and dossier_recovered_total <= dossier_paid_total))
);

-- The expected payments of an engagement, per budget year (crédits de paiement), as planned at the grant.
create table engagement_schedule (
    engagement_id uuid           not null references ledger_entry (id),
    payment_year  integer        not null,
    amount        numeric(14, 2) not null check (amount > 0),
    primary key (engagement_id, payment_year)
);

-- The movements recorded so far, with their running totals (entries in the order they were recorded).
insert into ledger_entry (id, envelope_id, entry_number, previous_number, kind, reason, amount, dossier_id,
        idempotency_key, operation_date, recorded_at, recorded_by, note,
        allocated_total, engaged_total, released_total, paid_total, recovered_total,
        previous_allocated_total, previous_engaged_total, previous_released_total, previous_paid_total,
        previous_recovered_total,
        dossier_entry_number, dossier_previous_number, dossier_engaged_total, dossier_released_total,
        dossier_paid_total, dossier_recovered_total, dossier_previous_engaged_total, dossier_previous_released_total,
        dossier_previous_paid_total, dossier_previous_recovered_total)
select id, envelope_id, n, case when n = 1 then null else n - 1 end, kind,
       case when kind = 'RELEASE' then 'LOWER_FINAL_COST' end, amount, dossier_id,
       idempotency_key, cast(occurred_at as date), occurred_at, recorded_by, note,
       allocated, engaged, released, paid, 0,
       case when n = 1 then null else allocated - case when kind = 'ALLOCATION' then amount else 0 end end,
       case when n = 1 then null else engaged - case when kind = 'ENGAGEMENT' then amount else 0 end end,
       case when n = 1 then null else released - case when kind = 'RELEASE' then amount else 0 end end,
       case when n = 1 then null else paid - case when kind = 'PAYMENT' then amount else 0 end end,
       case when n = 1 then null else 0 end,
       dn, case when dn > 1 then dn - 1 end,
       d_engaged, d_released, d_paid, case when dossier_id is not null then 0 end,
       case when dn > 1 then d_engaged - case when kind = 'ENGAGEMENT' then amount else 0 end end,
       case when dn > 1 then d_released - case when kind = 'RELEASE' then amount else 0 end end,
       case when dn > 1 then d_paid - case when kind = 'PAYMENT' then amount else 0 end end,
       case when dn > 1 then 0 end
from (
    select e.*,
           row_number() over (partition by envelope_id
               order by occurred_at, case when kind = 'ALLOCATION' then 0 else 1 end, id) as n,
           sum(case when kind = 'ALLOCATION' then amount else 0 end) over (partition by envelope_id
               order by occurred_at, case when kind = 'ALLOCATION' then 0 else 1 end, id
               rows between unbounded preceding and current row) as allocated,
           sum(case when kind = 'ENGAGEMENT' then amount else 0 end) over (partition by envelope_id
               order by occurred_at, case when kind = 'ALLOCATION' then 0 else 1 end, id
               rows between unbounded preceding and current row) as engaged,
           sum(case when kind = 'RELEASE' then amount else 0 end) over (partition by envelope_id
               order by occurred_at, case when kind = 'ALLOCATION' then 0 else 1 end, id
               rows between unbounded preceding and current row) as released,
           sum(case when kind = 'PAYMENT' then amount else 0 end) over (partition by envelope_id
               order by occurred_at, case when kind = 'ALLOCATION' then 0 else 1 end, id
               rows between unbounded preceding and current row) as paid,
           case when dossier_id is not null then row_number() over (partition by dossier_id
               order by occurred_at, case when kind = 'ENGAGEMENT' then 0 else 1 end, id) end as dn,
           case when dossier_id is not null then sum(case when kind = 'ENGAGEMENT' then amount else 0 end)
               over (partition by dossier_id order by occurred_at, case when kind = 'ENGAGEMENT' then 0 else 1 end, id
                   rows between unbounded preceding and current row) end as d_engaged,
           case when dossier_id is not null then sum(case when kind = 'RELEASE' then amount else 0 end)
               over (partition by dossier_id order by occurred_at, case when kind = 'ENGAGEMENT' then 0 else 1 end, id
                   rows between unbounded preceding and current row) end as d_released,
           case when dossier_id is not null then sum(case when kind = 'PAYMENT' then amount else 0 end)
               over (partition by dossier_id order by occurred_at, case when kind = 'ENGAGEMENT' then 0 else 1 end, id
                   rows between unbounded preceding and current row) end as d_paid
    from envelope_entry e
) ordered;

-- engagements recorded before schedules existed are expected within their envelope's year
insert into engagement_schedule (engagement_id, payment_year, amount)
select l.id, v.budget_year, l.amount
from ledger_entry l join envelope v on v.id = l.envelope_id
where l.kind = 'ENGAGEMENT';

-- the chains are tied once every row is in, so that the copy's order does not matter
alter table ledger_entry add constraint entry_continues_the_envelope_ledger
    foreign key (envelope_id, previous_number, previous_allocated_total, previous_engaged_total,
        previous_released_total, previous_paid_total, previous_recovered_total)
    references ledger_entry (envelope_id, entry_number, allocated_total, engaged_total, released_total, paid_total,
        recovered_total);

alter table ledger_entry add constraint entry_continues_the_dossier_ledger
    foreign key (dossier_id, envelope_id, dossier_previous_number, dossier_previous_engaged_total,
        dossier_previous_released_total, dossier_previous_paid_total, dossier_previous_recovered_total)
    references ledger_entry (dossier_id, envelope_id, dossier_entry_number, dossier_engaged_total,
        dossier_released_total, dossier_paid_total, dossier_recovered_total);

create index ledger_entry_dossier on ledger_entry (dossier_id, kind);
create index ledger_entry_kind_and_date on ledger_entry (kind, operation_date);

drop table envelope_entry;
