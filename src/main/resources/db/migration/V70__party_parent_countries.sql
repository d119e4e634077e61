-- The headquarters rule (15 CFR 742.6(a)(6)(iii)(A); BIS guidance of 2026-05-31) concerns every
-- party whose ultimate parent is headquartered in D:5 or Macau, not only the end user's:
-- CONTRACT.md §1 adds the consignee's and the purchaser's parent countries. IF NOT EXISTS: an
-- ERP's own export_transaction may already have them (MariaDB and H2 in MODE=MySQL both accept it).
ALTER TABLE export_transaction ADD COLUMN IF NOT EXISTS ultimate_consignee_parent_country VARCHAR(64);
ALTER TABLE export_transaction ADD COLUMN IF NOT EXISTS purchaser_parent_country VARCHAR(64);
