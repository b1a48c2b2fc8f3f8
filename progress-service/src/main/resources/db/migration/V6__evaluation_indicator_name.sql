-- The catalog's name of an evaluated indicator (indicator-evaluated events carry it): a notice writes 地区生产总值, not
-- GDP, for an indicator no task of the plan is linked to. Null for evaluations announced before the field existed.
alter table indicator_evaluation add column indicator_name varchar(200);
