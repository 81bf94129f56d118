-- The employment journey: eligibility outcomes, plan progress, proposed side effects (recorded only
-- once the citizen confirms) and hand-overs to an adviser. All keyed by owner, all erased with it.
create table eligibility_outcome (
    owner         varchar(200)             not null,
    benefit       varchar(64)              not null,
    outcome       varchar(16)              not null,
    result        clob                     not null,
    evaluated_at  timestamp with time zone not null,
    primary key (owner, benefit)
);

create table plan_step (
    owner         varchar(200)             not null,
    procedure_id  varchar(64)              not null,
    step          int                      not null,
    done_at       timestamp with time zone,
    started_at    timestamp with time zone not null,
    primary key (owner, procedure_id, step)
);

create table journey_action (
    id               varchar(36)              not null primary key,
    owner            varchar(200)             not null,
    conversation_id  varchar(36),
    kind             varchar(32)              not null,
    details          clob                     not null,
    status           varchar(16)              not null,
    proposed_at      timestamp with time zone not null,
    decided_at       timestamp with time zone
);
create index journey_action_by_owner on journey_action (owner, status);
