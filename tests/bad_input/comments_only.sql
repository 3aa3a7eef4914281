-- The schema moved to schema_v2.sql.
/* Nothing here creates anything:
   this file holds comments only. */

-- end
