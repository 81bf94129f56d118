-- Citizen accounts, signed in through OpenID Connect. Only the provider's subject is kept, no name
-- or email: the account id is the owner key ("account:<id>") of everything the citizen has here.
create table citizen_account (
    id           varchar(36)              not null primary key,
    issuer       varchar(500)             not null,
    subject      varchar(500)             not null,
    adviser      boolean                  not null,
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null,
    constraint citizen_account_by_subject unique (issuer, subject)
);
