-- The public spending chain of a payment request: the officer certifies the service done and fixes the amount
-- (liquidation), finance issues the payment order (mandatement), then records the payment made by the public
-- accountant. The request passes through PENDING -> LIQUIDATED -> ORDERED -> PAID; APPROVED stays for requests
-- validated and paid in one step by finance (the first API, still served).

alter table payment_request drop constraint approval_has_amount;
alter table payment_request drop constraint approved_amount_within_claim;

-- H2 and PostgreSQL name the column check of V1 differently: the new status list is checked by a named constraint
-- below, and the old one is dropped by the Java migration 7.1 (payment.LegacyStatusCheckMigration)

alter table payment_request add column lease_year integer check (lease_year between 1 and 20);
alter table payment_request add column months_occupied integer check (months_occupied between 0 and 12);
alter table payment_request add column accepted_expenses numeric(14, 2) check (accepted_expenses >= 0);
alter table payment_request add column liquidated_amount numeric(14, 2) check (liquidated_amount > 0);
alter table payment_request add column liquidation_note varchar(2000);
alter table payment_request add column liquidated_at timestamp with time zone;
alter table payment_request add column liquidated_by varchar(40);
alter table payment_request add column order_reference varchar(40);
alter table payment_request add column ordered_at timestamp with time zone;
alter table payment_request add column ordered_by varchar(40);
alter table payment_request add column paid_on date;
alter table payment_request add column payment_reference varchar(60);
alter table payment_request add column payment_recorded_at timestamp with time zone;
alter table payment_request add column payment_recorded_by varchar(40);
alter table payment_request add column idempotency_key varchar(100);
-- set while the request is in progress: at most one request of a dossier is in the chain at a time, so that
-- two liquidations never count on the same remainder of the grant
alter table payment_request add column open_dossier_id uuid;

update payment_request set open_dossier_id = dossier_id where status = 'PENDING';

alter table payment_request add constraint payment_request_status
    check (status in ('PENDING', 'LIQUIDATED', 'ORDERED', 'PAID', 'APPROVED', 'REJECTED'));
alter table payment_request add constraint one_request_in_progress_per_dossier unique (open_dossier_id);
alter table payment_request add constraint in_progress_is_open
    check ((status in ('PENDING', 'LIQUIDATED', 'ORDERED')) = (open_dossier_id is not null));
alter table payment_request add constraint open_request_of_its_dossier
    check (open_dossier_id is null or open_dossier_id = dossier_id);
alter table payment_request add constraint liquidated_within_claim
    check (liquidated_amount is null or liquidated_amount <= claimed_amount);
alter table payment_request add constraint liquidation_is_complete
    check (status not in ('LIQUIDATED', 'ORDERED', 'PAID') or (liquidated_amount is not null
        and liquidated_at is not null and liquidated_by is not null));
alter table payment_request add constraint order_is_complete
    check ((status in ('ORDERED', 'PAID')) = (order_reference is not null and ordered_at is not null));
alter table payment_request add constraint one_order_per_reference unique (order_reference);
alter table payment_request add constraint payment_is_complete
    check ((status = 'PAID') = (paid_on is not null and payment_reference is not null));
-- what was paid: the amount liquidated (the chain) or approved (one step), never more than claimed
alter table payment_request add constraint paid_amount_is_fixed
    check ((status in ('PAID', 'APPROVED')) = (approved_amount is not null));
alter table payment_request add constraint paid_as_liquidated
    check (status <> 'PAID' or approved_amount = liquidated_amount);
alter table payment_request add constraint approved_within_claim
    check (approved_amount is null or approved_amount <= claimed_amount);
alter table payment_request add constraint one_request_per_idempotency_key unique (dossier_id, idempotency_key);
