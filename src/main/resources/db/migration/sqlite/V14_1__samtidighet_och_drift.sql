-- Issue 14. Numbered 14.1 so that it sorts after the migrations other branches add meanwhile.
-- 1. A proposal's revision: raised by every change, checked by the change's own UPDATE (… where revision = ?),
--    so a write that read an older state changes nothing (docs/adr/0140). The ETag of a proposal is its id and
--    revision.
alter table forslag add column revision integer not null default 1 check (revision >= 1);

-- 2. Stored calculations are removed by age (riksnorm.berakningar.bevaras) and the oldest first.
create index berakning_sparad on berakning (sparad);

-- 3. The probe behind readiness after a full disk or a read-only database: a row written and removed in one
--    transaction, so a probe that succeeds proves that a write of its size can be committed now.
create table drift_prov (
    id      integer not null primary key autoincrement,
    fyllnad blob    not null
);
