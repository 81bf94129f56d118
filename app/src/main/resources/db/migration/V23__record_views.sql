-- Every time an adviser opens a citizen's record: who, when, what. Erased with the citizen's record
-- (the count of views erased is reported to the citizen).
create table record_view (
    id          varchar(36)              not null primary key,
    adviser     varchar(200)             not null,
    owner       varchar(200)             not null,
    what        varchar(200)             not null,
    viewed_at   timestamp with time zone not null
);
create index record_view_by_owner on record_view (owner);
