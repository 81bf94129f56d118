-- A key limited to the grounded assistant (model "guichet") may not call the chat models raw.
alter table api_key add column assistant_only boolean default false not null;
