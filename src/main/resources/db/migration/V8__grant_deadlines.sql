-- Lapse of grants (caducité, issue 6): the deadlines of each grant, from the rule-set version frozen at the grant.
-- The beneficiary is warned before a deadline passes; a deadline not met makes the grant lapse, and what was not
-- paid goes back to the envelope. An officer may extend a deadline once, with a reason.

create table grant_deadline (
    id               uuid          primary key,
    dossier_id       uuid          not null references dossier (id),
    kind             varchar(30)   not null check (kind in ('FIRST_PAYMENT_REQUEST', 'COMPLETION')),
    due_on           date          not null,
    original_due_on  date          not null,
    status           varchar(20)   not null check (status in ('OPEN', 'MET', 'LAPSED', 'CANCELLED')),
    warned_on        date,
    extension_reason varchar(2000),
    extended_by      varchar(40),
    extended_at      timestamp with time zone,
    met_at           timestamp with time zone,
    lapsed_at        timestamp with time zone,
    released_amount  numeric(14, 2) check (released_amount >= 0),
    version          bigint        not null,
    constraint one_deadline_of_each_kind unique (dossier_id, kind),
    -- an extension moves the date later, and says by whom and why
    constraint extension_is_justified check ((extended_at is null and extension_reason is null and extended_by is null
        and due_on = original_due_on)
        or (extended_at is not null and extension_reason is not null and extended_by is not null
        and due_on > original_due_on)),
    constraint met_deadline_has_its_date check ((status = 'MET') = (met_at is not null)),
    constraint lapsed_deadline_has_its_date check ((status = 'LAPSED') = (lapsed_at is not null and released_amount is not null))
);

create index grant_deadline_dossier on grant_deadline (dossier_id);

-- A dossier may now receive several letters of one kind (a warning before each deadline, and again before an
-- extended one): each is issued once per issue key. Letters issued before have the empty key.
alter table letter add column issue_key varchar(60) default '' not null;
alter table letter drop constraint one_letter_of_each_kind;
alter table letter add constraint one_letter_of_each_kind_and_key unique (dossier_id, kind, issue_key);
