-- The audit trail: append-only and hash-chained (each entry carries the hash of the one before it), kept for
-- guichet.audit.retention (6 months by default), apart from conversations' retention. It names no citizen
-- in clear: owners appear as pseudonyms, and no message text is written.
create table audit_entry (
    seq            bigint                   not null primary key,
    recorded_at    timestamp with time zone not null,
    kind           varchar(60)              not null,
    actor          varchar(200)             not null,
    subject        varchar(200)             not null,
    detail         varchar(8000)            not null,
    previous_hash  char(64)                 not null,
    hash           char(64)                 not null
);
create index audit_entry_by_time on audit_entry (recorded_at);

-- One row: where the chain starts (entries up to base_seq went with retention) and where it ends. Appending
-- locks this row, so that entries are chained one after the other even from several Guichet instances.
create table audit_head (
    id         int      not null primary key,
    base_seq   bigint   not null,
    base_hash  char(64) not null,
    last_seq   bigint   not null,
    last_hash  char(64) not null
);
insert into audit_head (id, base_seq, base_hash, last_seq, last_hash) values (1, 0,
    '0000000000000000000000000000000000000000000000000000000000000000', 0,
    '0000000000000000000000000000000000000000000000000000000000000000');
