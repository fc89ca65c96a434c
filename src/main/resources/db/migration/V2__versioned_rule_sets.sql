-- Versioned rule sets (issue 3): each submitted dossier is pinned to the rule-set version in force on its
-- submission date; the grant freezes that version's parameters; new facts the rules judge.

alter table organisation add column esus_approved boolean default false not null;

alter table dossier add column market_activity boolean;
alter table dossier add column operating_revenue numeric(14, 2);
alter table dossier add column operating_expenses numeric(14, 2);
alter table dossier add column own_funds numeric(14, 2);
alter table dossier add column lease_type varchar(40);
alter table dossier add column lease_signed_on date;
alter table dossier add column rule_set_version varchar(20);
alter table dossier add column frozen_conditions varchar(4000);
alter table dossier add column review_justification varchar(4000);

alter table dossier add constraint operating_figures_not_negative
    check ((operating_revenue is null or operating_revenue >= 0) and (operating_expenses is null or operating_expenses >= 0));

-- dossiers submitted before rule sets existed were judged by the first version
update dossier set rule_set_version = '1' where reference is not null;
alter table dossier add constraint submitted_dossier_has_rule_set check (reference is null or rule_set_version is not null);

alter table dossier_eligibility_criterion add column rule_set_version varchar(20);
update dossier_eligibility_criterion set rule_set_version = '1';
