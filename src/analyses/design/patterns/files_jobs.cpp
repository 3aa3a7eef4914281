// Pattern (seed 003 "Files"): uploaded files as metadata rows (the bytes live in object
// storage) and the processing jobs run on them, queued in the database.
#include "analyses/design/patterns/patterns.h"

namespace sf::detail {

void apply_files_jobs(DesignContext& ctx) {
  if (ctx.table("users") == nullptr) return;  // check_brief reports it
  TableBuilder files{ctx, {}};
  files.table.name = QualifiedName{"", "files"};
  files.table.comment = "An uploaded file's metadata; the bytes are in object storage (files_jobs pattern).";
  files.id();
  const bool tenanted = files.tenant_key();
  files.add("user_id", id_type(ctx.id_kind("users")), true).comment = "The uploader.";
  files.add("storage_key", text_type(), true).comment = "Object-storage key; unique per upload.";
  files.add("file_name", text_type(), true);
  files.add("content_type", text_type(), true);
  files.add("size_bytes", bigint_type(), true);
  files.add("checksum_sha256", text_type(), false);
  files.timestamps(true);
  files.table.uniques.push_back(UniqueConstraint{"", {"storage_key"}, {}, false, {}, "", {}});
  files.check("size_bytes", "size_bytes >= 0");
  files.link("user_id", "users", FkAction::Cascade);
  files.index("user_id");

  TableBuilder jobs{ctx, {}};
  jobs.table.name = QualifiedName{"", "processing_jobs"};
  jobs.table.comment = "Work to do on a file (thumbnails, text extraction, scanning), queued in the database (files_jobs pattern).";
  jobs.id();
  if (tenanted) jobs.tenant_key();
  jobs.add("file_id", id_type(ctx.brief.conventions.ids), true);
  jobs.add("kind", text_type(), true);
  jobs.add("status", text_type(), true).default_value = ctx.expr("'queued'");
  jobs.add("attempts", make_type(TypeKind::Int32, "integer"), true).default_value = ctx.expr("0");
  jobs.add("run_after", timestamptz_type(), true).default_value = ctx.expr("now()");
  jobs.add("last_error", text_type(), false);
  jobs.add("started_at", timestamptz_type(), false);
  jobs.add("finished_at", timestamptz_type(), false);
  jobs.timestamps(true);
  jobs.check("status", "status IN ('queued', 'running', 'succeeded', 'failed')");
  jobs.check("attempts", "attempts >= 0");
  jobs.link("file_id", "files", FkAction::Cascade);
  jobs.index("file_id");
  jobs.index("idx_processing_jobs_queued", {column_element("run_after")}, "status = 'queued'");

  ctx.decide("files", {DecisionKind::Pattern, "storage_key", "metadata in the database, bytes in object storage",
                       "rows stay small and backups fast; the object store serves downloads directly",
                       {{"bytea columns", "bloats the table, its backups and replication"}}});
  ctx.decide("processing_jobs", {DecisionKind::Pattern, "idx_processing_jobs_queued",
                                 "partial index on (run_after) WHERE status = 'queued'",
                                 "workers take the next due job with FOR UPDATE SKIP LOCKED; the index holds only the queue",
                                 {{"a message broker", "another system to run; the database queue is transactional with the upload"}}});
  if (tenanted) {
    scope_to_tenant(ctx, files.table);
    // The worker serves every tenant: it reads the queue as a role with BYPASSRLS.
    scope_to_tenant(ctx, jobs.table, {"idx_processing_jobs_queued"});
    ctx.decide("processing_jobs", {DecisionKind::Pattern, "idx_processing_jobs_queued",
                                   "the queue index stays without the tenant key",
                                   "one worker pool drains every tenant's jobs in run_after order (as a role with "
                                   "BYPASSRLS); tenant-leading would make it scan tenant by tenant",
                                   {{"a worker per tenant", "idle workers for small tenants, a backlog for large ones"}}});
  }
  ctx.schema.tables.push_back(std::move(files.table));
  ctx.schema.tables.push_back(std::move(jobs.table));
}

}  // namespace sf::detail
