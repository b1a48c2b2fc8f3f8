-- The inbox keeps dead letters: events that are the event's own fault (unparseable, contract broken,
-- a handler's bug). Infrastructure faults are never recorded here: the consumer waits them out.
-- FAILED (the old name, used while a database outage could park events) becomes DEAD_LETTER so that
-- those events can be replayed.
alter table duban_inbox add column attempts integer not null default 0;
alter table duban_inbox add column origin varchar(300);
alter table duban_inbox add column last_attempt_at timestamptz;
update duban_inbox set status = 'DEAD_LETTER' where status = 'FAILED';
