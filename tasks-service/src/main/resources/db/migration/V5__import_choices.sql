-- What the office chose when it committed a document (year, period, title, lead rule, corrections), as a SHA-256:
-- the same document committed again with the same choices is the same import; with other choices it is a conflict,
-- never silently the old plan. Null for imports made before this column existed (taken as matching).
alter table import_record add column choices_hash varchar(64);
