-- What Guichet remembers about a citizen, only once they agreed to be remembered, item by item,
-- each with where it came from. Owner: "account:<id>" or an anonymous "citizen:<session>".
create table memory_consent (
    owner       varchar(200)             not null primary key,
    remember    boolean                  not null,
    updated_at  timestamp with time zone not null
);

-- Categories the citizen switched off (or back on): a missing row means on.
create table memory_category (
    owner       varchar(200)             not null,
    category    varchar(32)              not null,
    enabled     boolean                  not null,
    updated_at  timestamp with time zone not null,
    primary key (owner, category)
);

create table memory_item (
    id                 varchar(36)              not null primary key,
    owner              varchar(200)             not null,
    category           varchar(32)              not null,
    fact               varchar(64)              not null,
    item_value         varchar(1000)            not null,
    source_message_id  varchar(36),
    conversation_id    varchar(36),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    corrected          boolean                  not null,
    constraint memory_item_one_per_fact unique (owner, fact)
);
create index memory_item_by_owner on memory_item (owner, category);
