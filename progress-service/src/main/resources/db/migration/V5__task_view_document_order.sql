-- What documents print of a task (issue 15 item 4): the plan order, and the units as the document wrote them
-- (groups by their own name, notes kept), per role, from task events' planOrder and writtenUnits.
alter table task_view add column plan_order varchar(200);
alter table task_view add column lead_units_written text;
alter table task_view add column responsible_units_written text;
alter table task_view add column related_units_written text;
create index task_view_plan_order on task_view (plan_id, plan_order);
