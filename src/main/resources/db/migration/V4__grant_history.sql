-- Grants made before the Guichet existed (issue 4), imported by finance from a file so that reports cover those
-- years. A file is imported whole or not at all; each grant is known once per scheme, year and beneficiary.

create table grant_history_import (
    id           uuid primary key,
    file_name    varchar(255) not null,
    file_sha256  varchar(64)  not null,
    grants       integer      not null check (grants > 0),
    imported_at  timestamp with time zone not null,
    imported_by  varchar(40)  not null,
    constraint history_file_imported_once unique (file_sha256)
);

create table historical_grant (
    id               uuid primary key,
    import_id        uuid           not null references grant_history_import (id),
    line_number      integer        not null check (line_number > 1),
    scheme           varchar(20)    not null check (scheme in ('IMMOBILIER_ESS', 'LOCATION_ESS')),
    grant_year       integer        not null check (grant_year between 2000 and 2100),
    siret            varchar(14)    not null check (length(siret) = 14),
    beneficiary_name varchar(200)   not null,
    engaged          numeric(14, 2) not null check (engaged > 0),
    paid             numeric(14, 2) not null check (paid >= 0 and paid <= engaged),
    constraint one_historical_grant_per_beneficiary_and_year unique (scheme, grant_year, siret)
);

create index historical_grant_year on historical_grant (grant_year, scheme);
