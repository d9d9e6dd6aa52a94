-- Uppräkning (issue 6): versions of a kommun's table, drafts (förslag) of next year's fördelning, the
-- history of every table, and each kommun's rule for proposing umgängesnorm.

-- 1. fordelning gets versions. A decided table is replaced only by a later decision that names it
--    (ersatter_id); both stay. The highest version of (kommun, ar) is in force. SQLite cannot change a
--    unique constraint in place, so the table is rebuilt with its data and its cells (ids kept). The
--    child table is rebuilt first and the old tables dropped child first, so no foreign key action fires;
--    renaming a table rewrites the references to it (SQLite ≥ 3.26).
create table fordelning_v2 (
    id                            integer      not null primary key autoincrement,
    kommun                        varchar(60)  not null references kommun (id),
    ar                            integer      not null references riksnorm (ar),
    version                       integer      not null check (version >= 1),
    status                        varchar(20)  not null check (status in ('FORSLAG', 'BESLUTAD')),
    kalla                         varchar(80)  not null references kalla (id),
    beslut_namnd                  varchar(200),
    beslut_datum                  varchar(10),
    beslut_paragraf               varchar(40),
    beslut_diarienummer           varchar(60),
    beslut_tjansteskrivelse       varchar(10),
    beslut_underlag               varchar(400),
    hemmavarande_avrundning       varchar(30)  not null,
    hemmavarande_exempel_personer integer,
    kallfil                       varchar(300) not null,
    lagrad                        varchar(40)  not null,
    ersatter_id                   integer      unique references fordelning_v2 (id),
    forslag_id                    integer,
    unique (kommun, ar, version)
);

insert into fordelning_v2 (id, kommun, ar, version, status, kalla, beslut_namnd, beslut_datum, beslut_paragraf,
                           beslut_diarienummer, beslut_tjansteskrivelse, beslut_underlag, hemmavarande_avrundning,
                           hemmavarande_exempel_personer, kallfil, lagrad, ersatter_id, forslag_id)
select id, kommun, ar, 1, status, kalla, beslut_namnd, beslut_datum, beslut_paragraf, beslut_diarienummer,
       beslut_tjansteskrivelse, beslut_underlag, hemmavarande_avrundning, hemmavarande_exempel_personer, kallfil,
       lagrad, null, null
from fordelning;

create table fordelning_cell_v2 (
    id            integer     not null primary key autoincrement,
    fordelning_id integer     not null references fordelning_v2 (id) on delete cascade,
    tabell        varchar(40) not null,
    rad           varchar(60) not null,
    kolumn        varchar(60) not null,
    kronor        bigint      not null,
    unique (fordelning_id, tabell, rad, kolumn)
);

insert into fordelning_cell_v2 (id, fordelning_id, tabell, rad, kolumn, kronor)
select id, fordelning_id, tabell, rad, kolumn, kronor from fordelning_cell;

drop table fordelning_cell;
drop table fordelning;
alter table fordelning_v2 rename to fordelning;
alter table fordelning_cell_v2 rename to fordelning_cell;

-- 2. A draft of a kommun's fördelning for a year, computed from a base year's table and adjusted cell by
--    cell. Once decided it points at the version it became and never changes again.
create table forslag (
    id                            integer      not null primary key autoincrement,
    kommun                        varchar(60)  not null references kommun (id),
    ar                            integer      not null references riksnorm (ar),
    basar                         integer      not null,
    status                        varchar(20)  not null check (status in ('FORSLAG', 'BESLUTAD')),
    kalla_id                      varchar(80)  not null,
    kalla_titel                   varchar(400) not null,
    umgangesregel                 varchar(300) not null,
    umgangesnorm_bekraftad        integer      not null check (umgangesnorm_bekraftad in (0, 1)),
    hemmavarande_avrundning       varchar(30)  not null,
    hemmavarande_exempel_personer integer,
    beslutad_version              integer,
    skapad_av                     varchar(100) not null,
    skapad                        varchar(40)  not null,
    check ((status = 'BESLUTAD') = (beslutad_version is not null))
);

create table forslag_cell (
    id         integer     not null primary key autoincrement,
    forslag_id integer     not null references forslag (id) on delete cascade,
    tabell     varchar(40) not null,
    rad        varchar(60) not null,
    kolumn     varchar(60) not null,
    kronor     bigint      not null check (kronor >= 0),
    unique (forslag_id, tabell, rad, kolumn)
);

-- 3. The history of every table: what happened, who, when, why, and each cell it changed (old → new).
--    Kept when a draft is thrown away, so forslag_id is not a foreign key.
create table handelse (
    id         integer      not null primary key autoincrement,
    tabell     varchar(20)  not null check (tabell in ('RIKSNORM', 'FORDELNING')),
    kommun     varchar(60)  references kommun (id),
    ar         integer      not null,
    forslag_id integer,
    typ        varchar(40)  not null,
    anvandare  varchar(100) not null,
    tidpunkt   varchar(40)  not null,
    motivering varchar(2000),
    check ((tabell = 'RIKSNORM') = (kommun is null))
);

create index handelse_per_tabell on handelse (tabell, kommun, ar);

create table handelse_skillnad (
    id          integer      not null primary key autoincrement,
    handelse_id integer      not null references handelse (id) on delete cascade,
    var         varchar(200) not null,
    fore        varchar(400) not null,
    efter       varchar(400) not null
);

-- 4. How each kommun proposes next year's umgängesnorm (kommun.yaml: upprakning.umgangesnorm). A kommun
--    without a row uses the default rule (docs/adr/0012).
create table kommun_upprakning (
    kommun                 varchar(60)  not null primary key references kommun (id),
    umgange_regel          varchar(30)  not null check (umgange_regel in ('PERSONLIGA_UTOM', 'OFORANDRAD')),
    umgange_utom           varchar(200),
    umgange_dagar_per_ar   varchar(20),
    umgange_avrundning     varchar(30)
);
