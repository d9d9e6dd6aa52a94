-- PostgreSQL twin of sqlite/V3__berakningar.sql.
-- A kommun's choices for calculations (norms/kommuner/<id>/kommun.yaml, section berakning).
alter table kommun add column aldersbyte varchar(40) not null default 'ALDER_FORSTA_DAGEN';
alter table kommun add column dagberakning varchar(40) not null default 'DAGBELOPP_GANGER_DAGAR';

-- Calculations stored on request: the request as read (no personnummer is ever part of it) and the
-- answer exactly as it was sent, so fetching it again gives identical output whatever tables come later.
create table berakning (
    id            varchar(36)  not null primary key,
    typ           varchar(30)  not null,
    kommun        varchar(60)  not null,
    period        varchar(30)  not null,
    sparad        varchar(40)  not null,
    tjanstversion varchar(40)  not null,
    begaran       text         not null,
    svar          text         not null
);
