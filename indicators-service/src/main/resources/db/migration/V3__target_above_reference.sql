-- A relative target (增速高于全省平均水平) kept beside the indicator's growth or level target of the same year.
alter table indicator_target add column above_reference varchar(40);
