-- API keys of API clients. Only the SHA-256 of a key is kept: the key itself is shown once, when made.
create table api_key (
    id            varchar(32)              not null primary key,
    name          varchar(100)             not null,
    token_prefix  varchar(16)              not null,
    token_sha256  varchar(64)              not null,
    admin         boolean                  not null,
    created_at    timestamp with time zone not null,
    revoked_at    timestamp with time zone,
    constraint api_key_by_hash unique (token_sha256)
);
