-- Issue 12: the jobs declared at application, for the steering indicators. The organisation's salaried headcount
-- (effectif salarié; recorded from the organisation's employees at submission when the applicant left it blank),
-- the jobs the project creates and those it keeps (maintient): counts of people, null when not declared.

alter table dossier add column headcount integer;
alter table dossier add column jobs_created integer;
alter table dossier add column jobs_kept integer;

alter table dossier add constraint declared_jobs_not_negative
    check ((headcount is null or headcount >= 0) and (jobs_created is null or jobs_created >= 0)
        and (jobs_kept is null or jobs_kept >= 0));
