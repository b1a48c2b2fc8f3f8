-- The document as it was imported (issue 10): what an import drops (page chrome, injected spam) is removed from the
-- tasks it stores, and kept only here, with the file's name and type, for anyone who must check against the original.
alter table import_record add column original bytea;
alter table import_record add column file_name varchar(255);
alter table import_record add column content_type varchar(200);
