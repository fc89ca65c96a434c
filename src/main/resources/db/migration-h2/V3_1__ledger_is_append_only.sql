-- On PostgreSQL this version adds triggers that refuse any update or deletion of the ledger. H2, the embedded
-- database of demonstrations and tests, has no trigger language without Java classes on its side: there the chain of
-- totals (V3) and the code keep the ledger append-only. This script keeps both databases at the same version.
select 1;
