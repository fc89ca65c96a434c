-- Guichet ESS: application schema (the process engine keeps its own ACT_* tables).
-- Portable SQL: the same file runs on H2 (embedded default) and PostgreSQL (production).
-- Money is numeric(14,2): euros with two decimals, never floating point.

-- Accounts and organisations ----------------------------------------------------------------

create table organisation (
    id                 uuid primary key,
    siret              varchar(14)  not null unique,
    name               varchar(200) not null,
    legal_form_code    varchar(4)   not null,
    commune_insee_code varchar(5)   not null,
    address            varchar(500) not null,
    employees          integer      not null check (employees >= 0),
    contact_email      varchar(254) not null,
    created_at         timestamp with time zone not null
);

create table user_account (
    id              uuid primary key,
    username        varchar(40)  not null unique,
    password_hash   varchar(100) not null,
    email           varchar(254) not null,
    role            varchar(20)  not null check (role in ('APPLICANT', 'OFFICER', 'COMMITTEE', 'FINANCE', 'ADMIN')),
    organisation_id uuid references organisation (id),
    enabled         boolean      not null,
    created_at      timestamp with time zone not null,
    constraint applicant_has_organisation check ((role = 'APPLICANT') = (organisation_id is not null))
);

-- Dossiers ------------------------------------------------------------------------------------

create table dossier (
    id                             uuid primary key,
    reference                      varchar(20) unique,
    scheme                         varchar(20) not null,
    status                         varchar(30) not null,
    organisation_id                uuid        not null references organisation (id),
    project_title                  varchar(300),
    commune_insee_code             varchar(5),
    requested_amount               numeric(14, 2) check (requested_amount > 0),
    operation_type                 varchar(20),
    eligible_expenses              numeric(14, 2) check (eligible_expenses > 0),
    works_start_date               date,
    monthly_rent                   numeric(14, 2) check (monthly_rent > 0),
    surface_m2                     numeric(10, 2) check (surface_m2 > 0),
    lease_start_date               date,
    lease_duration_months          integer check (lease_duration_months > 0),
    created_at                     timestamp with time zone not null,
    submitted_at                   timestamp with time zone,
    submission_date                date,
    missing_documents_message      varchar(4000),
    missing_documents_requested_at timestamp with time zone,
    eligibility_verdict            varchar(20),
    eligibility_assessed_at        timestamp with time zone,
    eligibility_officer_decision   varchar(30),
    eligibility_justification      varchar(4000),
    eligibility_decided_by         varchar(40),
    eligibility_decided_at         timestamp with time zone,
    suggested_amount               numeric(14, 2),
    proposed_amount                numeric(14, 2) check (proposed_amount > 0),
    review_opinion                 varchar(4000),
    reviewed_by                    varchar(40),
    reviewed_at                    timestamp with time zone,
    decision_outcome               varchar(20),
    decision_date                  date,
    decision_reasons               varchar(4000),
    granted_amount                 numeric(14, 2) check (granted_amount > 0),
    closed_at                      timestamp with time zone,
    version                        bigint      not null,
    constraint submitted_dossier_has_reference check (status in ('DRAFT', 'WITHDRAWN') or reference is not null),
    constraint granted_dossier_has_amount check (status not in ('GRANTED', 'CLOSED') or granted_amount is not null)
);

create index dossier_organisation on dossier (organisation_id, created_at);
create index dossier_status on dossier (status, scheme);

create table dossier_de_minimis_aid (
    dossier_id uuid           not null references dossier (id),
    position   integer        not null,
    grantor    varchar(200)   not null,
    granted_on date           not null,
    amount     numeric(14, 2) not null check (amount > 0),
    primary key (dossier_id, position)
);

create table dossier_missing_document (
    dossier_id    uuid        not null references dossier (id),
    position      integer     not null,
    document_type varchar(60) not null,
    primary key (dossier_id, position)
);

create table dossier_eligibility_criterion (
    dossier_id uuid          not null references dossier (id),
    position   integer       not null,
    code       varchar(60)   not null,
    outcome    varchar(20)   not null check (outcome in ('MET', 'NOT_MET', 'NEEDS_REVIEW')),
    reason     varchar(1000) not null,
    primary key (dossier_id, position)
);

create table dossier_reference_counter (
    scheme         varchar(20) not null,
    reference_year integer     not null,
    last_number    integer     not null check (last_number >= 0),
    primary key (scheme, reference_year)
);

create table supporting_document (
    id            uuid primary key,
    dossier_id    uuid         not null references dossier (id),
    document_type varchar(60)  not null,
    file_name     varchar(200) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null check (size_bytes > 0),
    sha256        varchar(64)  not null,
    uploaded_at   timestamp with time zone not null,
    uploaded_by   varchar(40)  not null
);

create index supporting_document_dossier on supporting_document (dossier_id);

-- Every state change of a dossier: who, when, what. Rows are only ever inserted.
create table dossier_timeline (
    id          bigint generated by default as identity primary key,
    dossier_id  uuid        not null references dossier (id),
    occurred_at timestamp with time zone not null,
    actor       varchar(40) not null,
    actor_role  varchar(20) not null,
    action      varchar(40) not null,
    from_status varchar(30),
    to_status   varchar(30),
    details     varchar(4000)
);

create index dossier_timeline_dossier on dossier_timeline (dossier_id, id);

-- Envelopes: an append-only ledger per scheme and year ---------------------------------------

create table envelope (
    id          uuid primary key,
    scheme      varchar(20) not null,
    budget_year integer     not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(40) not null,
    constraint one_envelope_per_scheme_and_year unique (scheme, budget_year)
);

create table envelope_entry (
    id              uuid primary key,
    envelope_id     uuid           not null references envelope (id),
    kind            varchar(20)    not null check (kind in ('ALLOCATION', 'ENGAGEMENT', 'RELEASE', 'PAYMENT')),
    amount          numeric(14, 2) not null check (amount > 0),
    dossier_id      uuid references dossier (id),
    idempotency_key varchar(100)   not null unique,
    occurred_at     timestamp with time zone not null,
    recorded_by     varchar(40)    not null,
    note            varchar(1000),
    constraint dossier_movement_names_dossier check (kind = 'ALLOCATION' or dossier_id is not null)
);

create index envelope_entry_envelope on envelope_entry (envelope_id, kind);
create index envelope_entry_dossier on envelope_entry (dossier_id, kind);

-- Committee --------------------------------------------------------------------------------------

create table committee_session (
    id           uuid primary key,
    session_date date         not null,
    title        varchar(200) not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(40)  not null,
    version      bigint       not null
);

create table agenda_item (
    id          uuid primary key,
    session_id  uuid    not null references committee_session (id),
    dossier_id  uuid    not null references dossier (id),
    position    integer not null check (position > 0),
    outcome     varchar(20) check (outcome in ('GRANTED', 'REFUSED', 'DEFERRED')),
    amount      numeric(14, 2) check (amount > 0),
    reasons     varchar(4000),
    decided_at  timestamp with time zone,
    decided_by  varchar(40),
    constraint dossier_once_per_session unique (session_id, dossier_id),
    constraint position_once_per_session unique (session_id, position),
    constraint grant_has_amount check (outcome is null or outcome <> 'GRANTED' or amount is not null)
);

create index agenda_item_dossier on agenda_item (dossier_id);

-- Payments ---------------------------------------------------------------------------------------

create table payment_request (
    id                 uuid primary key,
    dossier_id         uuid           not null references dossier (id),
    request_number     integer        not null check (request_number > 0),
    kind               varchar(20)    not null check (kind in ('ADVANCE', 'INTERIM', 'BALANCE', 'ANNUAL_INSTALMENT')),
    claimed_amount     numeric(14, 2) not null check (claimed_amount > 0),
    justified_expenses numeric(14, 2) check (justified_expenses > 0),
    status             varchar(20)    not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    approved_amount    numeric(14, 2) check (approved_amount > 0),
    rejection_reason   varchar(2000),
    requested_at       timestamp with time zone not null,
    requested_by       varchar(40)    not null,
    decided_at         timestamp with time zone,
    decided_by         varchar(40),
    version            bigint         not null,
    constraint payment_request_number_per_dossier unique (dossier_id, request_number),
    constraint approved_amount_within_claim check (approved_amount is null or approved_amount <= claimed_amount),
    constraint approval_has_amount check ((status = 'APPROVED') = (approved_amount is not null))
);

create table payment_request_proof (
    payment_request_id uuid not null references payment_request (id),
    document_id        uuid not null references supporting_document (id),
    primary key (payment_request_id, document_id)
);

-- Letters and mails ------------------------------------------------------------------------------

create table letter (
    id          uuid primary key,
    dossier_id  uuid         not null references dossier (id),
    kind        varchar(40)  not null,
    file_name   varchar(200) not null,
    sha256      varchar(64)  not null,
    size_bytes  bigint       not null check (size_bytes > 0),
    created_at  timestamp with time zone not null,
    constraint one_letter_of_each_kind unique (dossier_id, kind)
);

create table outbound_mail (
    id                   uuid primary key,
    dedup_key            varchar(200)   not null unique,
    dossier_id           uuid references dossier (id),
    recipient            varchar(254)   not null,
    subject              varchar(300)   not null,
    body                 varchar(20000) not null,
    attachment_letter_id uuid references letter (id),
    status               varchar(20)    not null check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts             integer        not null check (attempts >= 0),
    last_error           varchar(2000),
    created_at           timestamp with time zone not null,
    next_attempt_at      timestamp with time zone not null,
    sent_at              timestamp with time zone
);

create index outbound_mail_due on outbound_mail (status, next_attempt_at);
