-- Messages between the applicant and the officer on a dossier (issue 8): a written exchange kept with the dossier,
-- never edited nor deleted. Sending one is also a line of the dossier's timeline.

create table dossier_message (
    id          uuid           primary key,
    dossier_id  uuid           not null references dossier (id),
    sent_at     timestamp with time zone not null,
    author      varchar(40)    not null,
    author_role varchar(20)    not null check (author_role in ('APPLICANT', 'OFFICER')),
    body        varchar(4000)  not null check (length(trim(body)) > 0)
);

create index dossier_message_dossier on dossier_message (dossier_id, sent_at);
