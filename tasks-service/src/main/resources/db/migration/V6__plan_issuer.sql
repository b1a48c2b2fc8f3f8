-- The office that issued the plan's document (发文机关, e.g. 武汉市江岸区人民政府办公室): read from the document's head
-- on import, printed in the head and the 落款 when the plan is issued again as a document. Null when unknown.
alter table plan add column doc_issuer varchar(200);
