-- Retention of personal data (GDPR): when the retention period of an ended dossier has passed, the purge job erases
-- its personal data and dates it here. The row itself stays (reference, scheme, amounts, statuses: public accounts
-- and statistics), so the purge is an anonymisation, not a deletion. Purging sets the column only where it is still
-- empty, so that two nodes running the job at once never purge one dossier twice.
alter table dossier add column purged_at timestamp with time zone;

create index dossier_retention on dossier (purged_at, status);
