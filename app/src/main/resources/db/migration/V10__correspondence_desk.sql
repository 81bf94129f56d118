-- The correspondence desk: citizens' messages as cases, their labels with full history, drafts and
-- the replies officers approved. Text is stored with National Insurance and card numbers masked.
create table desk_case (
    id              varchar(36)              not null primary key,
    message_id      varchar(998),
    content_sha256  varchar(64)              not null,
    source          varchar(16)              not null,
    sender_address  varchar(320)             not null,
    sender_name     varchar(200)             not null,
    subject         varchar(2000)            not null,
    body            clob                     not null,
    quoted          clob                     not null,
    attachments     clob                     not null,
    intake_notes    clob                     not null,
    received_at     timestamp with time zone not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    status          varchar(16)              not null,
    language        varchar(8),
    summary         clob,
    summary_by      varchar(200),
    vulnerability   clob                     not null,
    analysis_note   clob,
    assignee        varchar(100),
    constraint desk_case_by_message_id unique (message_id),
    constraint desk_case_by_content unique (content_sha256)
);
create index desk_case_by_status on desk_case (status, received_at);

-- The current value of each label of a case (urgency, category).
create table desk_label (
    case_id             varchar(36)              not null references desk_case (id) on delete cascade,
    name                varchar(16)              not null,
    label_value         varchar(64)              not null,
    reason              clob                     not null,
    set_by              varchar(8)               not null,
    officer             varchar(100),
    classifier_version  varchar(100),
    set_at              timestamp with time zone not null,
    primary key (case_id, name)
);

-- Every value a label has had: AI or human, who, when, what it replaced.
create table desk_label_change (
    id                  varchar(36)              not null primary key,
    case_id             varchar(36)              not null references desk_case (id) on delete cascade,
    name                varchar(16)              not null,
    label_value         varchar(64)              not null,
    previous_value      varchar(64),
    reason              clob                     not null,
    set_by              varchar(8)               not null,
    officer             varchar(100),
    classifier_version  varchar(100),
    changed_at          timestamp with time zone not null
);
create index desk_label_change_by_case on desk_label_change (case_id, changed_at);

create table desk_reference (
    case_id    varchar(36)  not null references desk_case (id) on delete cascade,
    seq        int          not null,
    kind       varchar(32)  not null,
    ref_value  varchar(500) not null,
    primary key (case_id, seq)
);

create table desk_draft (
    case_id       varchar(36)              not null primary key references desk_case (id) on delete cascade,
    language      varchar(8)               not null,
    subject       varchar(2000)            not null,
    text          clob                     not null,
    citations     clob                     not null,
    generated_by  varchar(200)             not null,
    generated_at  timestamp with time zone not null,
    edited_by     varchar(100),
    edited_at     timestamp with time zone
);

-- Replies an officer approved; only these are ever sent, and only by an officer's action.
create table desk_reply (
    id               varchar(36)              not null primary key,
    case_id          varchar(36)              not null references desk_case (id) on delete cascade,
    recipient        varchar(320)             not null,
    subject          varchar(2000)            not null,
    text             clob                     not null,
    approved_by      varchar(100)             not null,
    approved_at      timestamp with time zone not null,
    status           varchar(16)              not null,
    sent_at          timestamp with time zone,
    smtp_message_id  varchar(998),
    send_error       clob
);
create index desk_reply_by_case on desk_reply (case_id, approved_at);

-- What officers did to a case (assignments, edits), for the record.
create table desk_event (
    id        varchar(36)              not null primary key,
    case_id   varchar(36)              not null references desk_case (id) on delete cascade,
    kind      varchar(32)              not null,
    officer   varchar(100),
    detail    clob                     not null,
    at        timestamp with time zone not null
);
create index desk_event_by_case on desk_event (case_id, at);

-- Trained triage classifiers; the active one labels new mail.
create table desk_classifier (
    version      varchar(100)             not null primary key,
    created_at   timestamp with time zone not null,
    embedder     varchar(200)             not null,
    examples     int                      not null,
    corrections  int                      not null,
    model        clob                     not null,
    active       boolean                  not null
);

-- Messages that could not become a case, and why.
create table desk_rejection (
    id          varchar(36)              not null primary key,
    source      varchar(16)              not null,
    message_id  varchar(998),
    origin      varchar(1000)            not null,
    reason      clob                     not null,
    at          timestamp with time zone not null
);
