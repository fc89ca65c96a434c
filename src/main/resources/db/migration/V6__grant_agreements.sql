-- Grant agreements (conventions, issue 5): required above 23 000 € a year (loi 2000-321 art. 10) or always, as the
-- configuration says; generated at the closing of the session that grants, signed by the beneficiary (copy
-- uploaded), then countersigned. No payment is requested before both signatures.

create table grant_agreement (
    id                      uuid           primary key,
    dossier_id              uuid           not null references dossier (id),
    status                  varchar(30)    not null
        check (status in ('AWAITING_SIGNATURES', 'SIGNED_BY_BENEFICIARY', 'SIGNED')),
    annual_amount           numeric(14, 2) not null check (annual_amount > 0),
    letter_id               uuid           not null references letter (id),
    signed_copy_document_id uuid           references supporting_document (id),
    beneficiary_signed_at   timestamp with time zone,
    beneficiary_signed_by   varchar(40),
    countersigned_on        date,
    countersigned_by        varchar(40),
    countersigned_at        timestamp with time zone,
    created_at              timestamp with time zone not null,
    version                 bigint         not null,
    constraint one_agreement_per_dossier unique (dossier_id),
    constraint beneficiary_signature_has_its_copy
        check (status = 'AWAITING_SIGNATURES' or (signed_copy_document_id is not null and beneficiary_signed_at is not null)),
    constraint signed_agreement_is_countersigned check (status <> 'SIGNED' or countersigned_on is not null)
);
