-- Reports of a region in the list's default order (GET /api/progress/reports: the office's scope filters by region and
-- sorts by task, unit, period, version; a unit's scope adds its own filter). Without it, at 4 M reports (issue 14's
-- scale data), PostgreSQL walked the unique (task_id, unit_id, period, version) index past every other region's
-- reports: 995 ms for a page of 20 of one region, and its count was a sequential scan of the whole table.
create index report_region_order on report (region_code, task_id, unit_id, period, version);
