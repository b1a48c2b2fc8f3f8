-- Per-account protection against password guessing (LoginService): consecutive failed logins, and until when the
-- account refuses every login after too many of them.
alter table gateway_user add column failed_logins integer not null default 0;
alter table gateway_user add column locked_until timestamptz;
