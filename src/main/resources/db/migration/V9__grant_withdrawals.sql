-- Withdrawal of a grant and clawback (retrait, reversement; issue 6): a contradictory procedure (CRPA L.122-1)
-- opened by an officer when the grant's conditions are breached (L.242-2 2°), the beneficiary's observations, then a
-- motivated decision (L.211-2 4°) whose money effects are entries of the ledger.

create table withdrawal_procedure (
    id                       uuid           primary key,
    dossier_id               uuid           not null references dossier (id),
    procedure_number         integer        not null check (procedure_number > 0),
    trigger_kind             varchar(30)    not null
        check (trigger_kind in ('PREMISES_LEFT', 'ACTIVITY_STOPPED', 'BUILDING_SOLD', 'FALSE_STATEMENT', 'OTHER')),
    facts                    varchar(4000)  not null,
    opened_by                varchar(40)    not null,
    opened_at                timestamp with time zone not null,
    observation_deadline     date           not null,
    observations             varchar(4000),
    observations_at          timestamp with time zone,
    observations_by          varchar(40),
    status                   varchar(30)    not null
        check (status in ('AWAITING_OBSERVATIONS', 'AWAITING_DECISION', 'DECIDED')),
    outcome                  varchar(20)    check (outcome in ('WITHDRAW_FULL', 'WITHDRAW_PARTIAL', 'DROP')),
    withdrawn_amount         numeric(14, 2) check (withdrawn_amount >= 0),
    released_amount          numeric(14, 2) check (released_amount >= 0),
    recovered_amount         numeric(14, 2) check (recovered_amount >= 0),
    recovery_order_reference varchar(20),
    motivation               varchar(8000),
    decided_by               varchar(40),
    decided_at               timestamp with time zone,
    -- set while the procedure is open, null once decided: the unique constraint allows one open procedure per
    -- dossier (nulls are never equal, on H2 as on PostgreSQL)
    open_dossier_id          uuid,
    version                  bigint         not null,
    constraint withdrawal_number_per_dossier unique (dossier_id, procedure_number),
    constraint one_open_withdrawal_per_dossier unique (open_dossier_id),
    constraint open_withdrawal_is_its_dossier check (open_dossier_id is null or open_dossier_id = dossier_id),
    constraint withdrawal_open_until_decided check ((status = 'DECIDED') = (open_dossier_id is null)),
    constraint observations_are_dated
        check ((observations is null) = (observations_at is null) and (observations is null) = (observations_by is null)),
    constraint decision_is_complete check ((status = 'DECIDED') = (outcome is not null and motivation is not null
        and decided_at is not null and decided_by is not null)),
    constraint withdrawal_moves_money check (outcome is null or outcome = 'DROP'
        or (withdrawn_amount > 0 and released_amount is not null and recovered_amount is not null
            and withdrawn_amount = released_amount + recovered_amount)),
    constraint dropped_withdrawal_moves_nothing check (outcome is null or outcome <> 'DROP'
        or (withdrawn_amount is null and released_amount is null and recovered_amount is null)),
    constraint recovery_has_its_order check ((recovered_amount is not null and recovered_amount > 0)
        = (recovery_order_reference is not null))
);

create index withdrawal_procedure_dossier on withdrawal_procedure (dossier_id);

create table withdrawal_observation_document (
    withdrawal_procedure_id uuid not null references withdrawal_procedure (id),
    document_id             uuid not null references supporting_document (id),
    primary key (withdrawal_procedure_id, document_id)
);

-- Recovery orders (titres de recette) numbered TR-<year>-<4 digits>, without gaps: the year's row stays locked until
-- the decision's transaction ends.
create table recovery_order_counter (
    counter_year integer primary key,
    last_number  integer not null check (last_number >= 0)
);

-- A dossier may receive several letters of one kind (two withdrawal procedures): the issue key of V8 names which.
