-- The steering module reads a year's dossiers' history by their dossierId variable (workflow/EngineStepHistory):
-- without this index each lookup scans every history variable of that name (H2 has no partial index).
create index ACT_IDX_HI_VARINST_DOSSIER on ACT_HI_VARINST (NAME_, TEXT_);
