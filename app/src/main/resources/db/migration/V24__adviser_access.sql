-- Whether a citizen lets advisers (work coaches) see their record: off unless the citizen switches it
-- on, or confirms a hand-over or a call-back. Advisers reach a record by its random reference, never
-- by the owner key. Erased with the citizen's record.
create table adviser_access (
    owner       varchar(200)             not null primary key,
    reference   varchar(36)              not null,
    shared      boolean                  not null,
    updated_at  timestamp with time zone not null,
    constraint adviser_access_by_reference unique (reference)
);
