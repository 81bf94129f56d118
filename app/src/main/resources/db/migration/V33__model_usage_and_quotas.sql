-- Tokens and requests through the OpenAI API, by key, model and minute: what an operator bills
-- departments from, and what per-key quotas are checked against (on every instance alike).
create table model_usage (
    key_id             varchar(32)              not null,
    model              varchar(200)             not null,
    minute_start       timestamp with time zone not null,
    requests           bigint                   not null,
    prompt_tokens      bigint                   not null,
    completion_tokens  bigint                   not null,
    constraint model_usage_pk primary key (key_id, model, minute_start)
);

create index model_usage_by_minute on model_usage (minute_start);

-- A key's own quotas; null: the site's default (guichet.api.quotas.*), 0 there: no limit.
alter table api_key add column requests_per_minute bigint;
alter table api_key add column requests_per_day bigint;
alter table api_key add column tokens_per_minute bigint;
alter table api_key add column tokens_per_day bigint;
