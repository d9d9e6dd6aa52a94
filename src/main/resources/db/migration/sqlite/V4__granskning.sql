-- The audit log (granskning): every write, who made it, when, what, and before/after, in the same
-- transaction as the write. Table changes also keep their own history (handelse) with every cell; their
-- audit entry points to it.
create table granskning (
    id          integer       not null primary key autoincrement,
    tidpunkt    varchar(40)   not null,
    anvandare   varchar(100)  not null,
    handling    varchar(40)   not null,
    objekt      varchar(200)  not null,
    fore        text,
    efter       text,
    handelse_id integer       references handelse (id)
);

create index granskning_tid on granskning (tidpunkt);
create index granskning_anvandare on granskning (anvandare);
