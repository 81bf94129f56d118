-- Conversations of the citizen assistant. Text is stored redacted: personal data never reaches here.
create table conversation (
    id          varchar(36)              not null primary key,
    owner       varchar(200)             not null,
    language    varchar(8)               not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
create index conversation_by_owner on conversation (owner, updated_at);
create index conversation_by_age on conversation (updated_at);

create table message (
    id               varchar(36)              not null primary key,
    conversation_id  varchar(36)              not null references conversation (id) on delete cascade,
    seq              int                      not null,
    role             varchar(16)              not null,
    text             clob                     not null,
    created_at       timestamp with time zone not null,
    constraint message_order unique (conversation_id, seq)
);

create table answer (
    message_id           varchar(36)  not null primary key references message (id) on delete cascade,
    question_message_id  varchar(36)  not null references message (id) on delete cascade,
    status               varchar(32)  not null,
    language             varchar(8)   not null,
    sources              clob         not null,
    model_id             varchar(200) not null,
    model_sha256         varchar(64)  not null,
    total_ms             bigint       not null,
    first_token_ms       bigint       not null,
    trace                clob         not null
);
create index answer_by_status on answer (status);

create table feedback (
    id          varchar(36)              not null primary key,
    message_id  varchar(36)              not null references message (id) on delete cascade,
    helpful     boolean                  not null,
    comment     clob,
    created_at  timestamp with time zone not null
);
