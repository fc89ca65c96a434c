-- The steering module reads a year's dossiers' history by their dossierId variable (workflow/EngineStepHistory):
-- without this index each lookup scans every history variable of that name. Partial, on the UUIDs only: an index on
-- any TEXT_ could refuse a long string variable (PostgreSQL's btree rows are limited to about 2.7 kB).
create index ACT_IDX_HI_VARINST_DOSSIER on ACT_HI_VARINST (TEXT_) where NAME_ = 'dossierId';
