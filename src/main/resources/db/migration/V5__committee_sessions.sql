-- Committee sessions as first-class objects (issue 5): a session is planned, held (members present, quorum), then
-- closed; its decisions take effect at the closing, each under a deliberation number unique and without gaps per
-- body and year. Decisions may be corrected until then, and every recorded decision is kept.

alter table committee_session add column body varchar(40) default 'BUREAU_METROPOLITAIN' not null;
alter table committee_session add column status varchar(20) default 'PLANNED' not null;
alter table committee_session add column quorum_reached boolean;
alter table committee_session add column held_at timestamp with time zone;
alter table committee_session add column held_by varchar(40);
alter table committee_session add column closed_at timestamp with time zone;
alter table committee_session add column closed_by varchar(40);
alter table committee_session add column minutes_sha256 varchar(64);
alter table committee_session add constraint committee_session_status check (status in ('PLANNED', 'HELD', 'CLOSED'));
alter table committee_session add constraint closed_session_says_when check (status <> 'CLOSED' or closed_at is not null);

-- sessions whose decisions all took effect when they were recorded (before sessions were closed) are closed
update committee_session set status = 'CLOSED', closed_at = created_at, closed_by = created_by
where exists (select 1 from agenda_item i where i.session_id = committee_session.id)
  and not exists (select 1 from agenda_item i where i.session_id = committee_session.id and i.outcome is null);

-- the members convened, and who was present once the session is held
create table session_member (
    id         uuid         primary key,
    session_id uuid         not null references committee_session (id),
    position   integer      not null check (position > 0),
    name       varchar(200) not null,
    title      varchar(200),
    present    boolean,
    constraint member_position_once_per_session unique (session_id, position)
);

alter table agenda_item add column deliberation_number varchar(20);
-- the dossier's scheme, which never changes: what a session's grants take from each envelope is summed from here
alter table agenda_item add column scheme varchar(20);
update agenda_item set scheme = (select d.scheme from dossier d where d.id = agenda_item.dossier_id);
alter table agenda_item alter column scheme set not null;
alter table agenda_item add constraint deliberation_number_once unique (deliberation_number);

-- a member who declared an interest in an item takes no part in it
create table agenda_conflict (
    id          uuid primary key,
    item_id     uuid not null references agenda_item (id),
    member_id   uuid not null references session_member (id),
    statement   varchar(1000),
    declared_at timestamp with time zone not null,
    declared_by varchar(40) not null,
    constraint conflict_declared_once unique (item_id, member_id)
);

-- every decision recorded on an item, corrections included, in order: the trace of what the secretary recorded
create table agenda_decision (
    id                uuid           primary key,
    item_id           uuid           not null references agenda_item (id),
    outcome           varchar(20)    not null check (outcome in ('GRANTED', 'REFUSED', 'DEFERRED')),
    amount            numeric(14, 2) check (amount > 0),
    reasons           varchar(4000),
    correction_reason varchar(1000),
    recorded_at       timestamp with time zone not null,
    recorded_by       varchar(40)    not null
);

create index agenda_decision_item on agenda_decision (item_id, recorded_at);

insert into agenda_decision (id, item_id, outcome, amount, reasons, recorded_at, recorded_by)
select id, id, outcome, amount, reasons, decided_at, decided_by from agenda_item where outcome is not null;

-- the last deliberation number given per body (its prefix) and year; locked while a session closes
create table deliberation_counter (
    prefix        varchar(10) not null,
    counter_year  integer     not null,
    last_number   integer     not null check (last_number >= 0),
    primary key (prefix, counter_year)
);

alter table dossier add column deliberation_number varchar(20);
