-- The norms: national riksnorm years and kommunernas fördelningar, stored as cells addressed by the
-- norms files' own keys (table, row, column), each with the id of its source.

create table kalla (
    id               varchar(80)  not null primary key,
    titel            varchar(400) not null,
    tillforlitlighet varchar(20)  not null check (tillforlitlighet in ('OFFICIELL', 'KOMMUNSIDA', 'HARLEDD')),
    referens         varchar(200)
);

create table riksnorm (
    ar                    integer     not null primary key,
    giltig_fran           varchar(7)  not null,
    giltig_till           varchar(7)  not null,
    status                varchar(20) not null check (status in ('FASTSTALLD', 'PRELIMINAR')),
    upprakning_procent    varchar(20),
    upprakning_avrundning varchar(30),
    upprakning_kalla      varchar(80) references kalla (id),
    storre_hushall_kalla  varchar(80) not null references kalla (id),
    kallfil               varchar(300) not null,
    lagrad                varchar(40) not null
);

create table riksnorm_cell (
    id     integer     not null primary key autoincrement,
    ar     integer     not null references riksnorm (ar) on delete cascade,
    tabell varchar(40) not null,
    rad    varchar(60) not null,
    kolumn varchar(60) not null,
    kronor bigint      not null,
    kalla  varchar(80) not null references kalla (id),
    unique (ar, tabell, rad, kolumn)
);

create table kommun (
    id   varchar(60) not null primary key,
    kod  varchar(4)  not null unique,
    namn varchar(60) not null
);

create table fordelning (
    id                            integer      not null primary key autoincrement,
    kommun                        varchar(60)  not null references kommun (id),
    ar                            integer      not null references riksnorm (ar),
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
    unique (kommun, ar)
);

create table fordelning_cell (
    id            integer     not null primary key autoincrement,
    fordelning_id integer     not null references fordelning (id) on delete cascade,
    tabell        varchar(40) not null,
    rad           varchar(60) not null,
    kolumn        varchar(60) not null,
    kronor        bigint      not null,
    unique (fordelning_id, tabell, rad, kolumn)
);
