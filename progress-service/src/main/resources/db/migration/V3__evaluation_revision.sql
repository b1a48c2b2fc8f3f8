-- The revision of the observation an evaluation was made from: a late, older evaluation changes nothing.
alter table indicator_evaluation add column revision integer not null default 0;
