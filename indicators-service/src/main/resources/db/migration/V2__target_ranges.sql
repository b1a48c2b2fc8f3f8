-- A range target ("增长6%—6.5%") is kept as written: the end written first beside the other (value).
alter table indicator_target add column level_from numeric(24, 6);
alter table indicator_target add column growth_from numeric(24, 6);
