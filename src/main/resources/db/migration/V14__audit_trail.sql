-- The audit trail (issue 10): every state change of the application, dossiers and everything else, as one hash
-- chain. Each entry carries the hash of the previous one and its own hash, the SHA-256 of a canonical serialisation
-- of its fields (audit.ChainedEntry); the details themselves are covered by their digest, so that the retention purge
-- may empty them without breaking the chain. Rows are only inserted, but for that purge.

create table audit_entry (
    position       bigint        primary key,
    occurred_at    timestamp with time zone not null,
    actor          varchar(40)   not null,
    actor_role     varchar(20)   not null,
    subject_type   varchar(40)   not null,
    subject_id     varchar(80)   not null,
    action         varchar(60)   not null,
    before_state   varchar(4000),
    after_state    varchar(4000),
    details        varchar(4000),
    details_digest char(64),
    previous_hash  char(64)      not null,
    hash           char(64)      not null unique
);

create index audit_entry_subject on audit_entry (subject_type, subject_id, position);

-- The head of the chain, one row: writers lock it (select … for update) to append after the last committed entry,
-- which gives gapless positions across transactions and nodes. The verification compares it with the last entry,
-- so that deleting the tail of the chain is found.
create table audit_chain_head (
    id       int      primary key check (id = 1),
    position bigint   not null,
    hash     char(64) not null
);

insert into audit_chain_head (id, position, hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
