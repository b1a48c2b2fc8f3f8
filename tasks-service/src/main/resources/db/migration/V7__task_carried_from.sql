-- A task carried over from last year's plan (结转任务) names the task it continues; null for every other task.
alter table task add column carried_from_task_id bigint references task(id) on delete set null;
create index task_carried_from_idx on task (carried_from_task_id) where carried_from_task_id is not null;
