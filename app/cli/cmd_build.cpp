// schemaforge build <brief.yaml | schema> -o DIR: design (for a brief) -> lint -> every
// artifact, written atomically, then a summary of what was written and what lint found.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <utility>
#include <vector>

#include "cli/build_artifacts.h"
#include "cli/build_verify.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/design_brief.h"
#include "cli/lint_runner.h"
#include "schemaforge/backends/doc.h"
#include "schemaforge/base/strings.h"
#include "schemaforge/model/relationships.h"

namespace sf::cli {

namespace {
struct BuildOptions {
  std::string input;
  std::string output_dir = "out";
  std::string db_url;  ///< --db: verify on this server instead of embedded SQLite
  bool no_verify = false;
  size_t seed_rows = 0;  ///< 0 = the verifier's default for the database
};

/// The verification's part of the summary: per step, ok or FAILED, and what it saw.
void print_verify_summary(Context& context, const VerifyReport& report) {
  context.out << "verify on " << report.database << ": " << (report.ok() ? "passed" : "FAILED") << "\n";
  for (size_t i = 0; i < report.steps.size(); ++i) {
    const VerifyStep& step = report.steps[i];
    context.out << "  " << i + 1 << ". " << step.name << ": " << (step.ok ? "ok" : "FAILED") << "\n";
    for (const auto& line : step.lines) context.out << "     " << line << "\n";
  }
}
/// Lint's findings as the document's checklist reads them.
std::vector<LintFinding> lint_findings_for_document(const LintResult& result) {
  std::vector<LintFinding> out;
  for (const auto& finding : result.findings) {
    out.push_back({std::string(finding.code()), finding.severity(), finding.diagnostic.message,
                   finding.object});
  }
  return out;
}

/// The end of a build: what was made from what, every file written, and lint's findings.
void print_build_summary(Context& context, const Schema& schema, const std::string& dir,
                         const std::vector<std::pair<std::string, std::string>>& artifacts,
                         const std::map<std::string, std::string>& notes, const LintResult& lint) {
  size_t relationships = derive_relationships(schema).size();
  context.out << "schemaforge build: " << schema.tables.size() << " tables, " << relationships
              << " relationships";
  if (schema.design) {
    context.out << ", designed from the brief (" << schema.design->queries.size() << " query patterns";
    if (!schema.design->patterns.empty()) context.out << "; patterns: " << join(schema.design->patterns, ", ");
    context.out << ")";
  }
  context.out << "\n";
  size_t bytes = 0;
  for (const auto& [name, contents] : artifacts) {
    context.out << "  wrote " << dir << "/" << name << " (" << contents.size() << " bytes";
    if (auto note = notes.find(name); note != notes.end()) context.out << "; " << note->second;
    context.out << ")\n";
    bytes += contents.size();
  }
  size_t counts[3] = {0, 0, 0};
  for (const auto& finding : lint.findings) ++counts[static_cast<int>(finding.severity())];
  context.out << "artifacts: " << artifacts.size() << " files, " << bytes << " bytes\n";
  context.out << "lint: " << counts[static_cast<int>(Severity::Error)] << " error(s), "
              << counts[static_cast<int>(Severity::Warning)] << " warning(s), "
              << counts[static_cast<int>(Severity::Info)] << " note(s)";
  if (lint.suppressed) context.out << ", " << lint.suppressed << " suppressed";
  context.out << " (" << dir << "/lint/report.txt; the document's validation checklist)\n";
}

}  // namespace

void add_build_command(CLI::App& app, Context& context, int& exit_code) {
  auto options = std::make_shared<BuildOptions>();
  CLI::App* cmd = app.add_subcommand("build", "Produce every artifact for a schema");
  cmd->add_option("schema", options->input, "Design brief (.yaml) or schema file (.sql, .dbml, .prisma)")
      ->required();
  cmd->add_option("-o,--output", options->output_dir, "Output directory")->capture_default_str();
  cmd->add_option("--db", options->db_url,
                  "Verify on this empty database (postgres://..., mysql://..., sqlite:PATH) instead of an "
                  "in-memory SQLite");
  cmd->add_flag("--no-verify", options->no_verify, "Write the artifacts without verifying them on a database");
  cmd->add_option("--seed-rows", options->seed_rows,
                  "Rows per table for verification (default: 20 on SQLite, 2000 on a server)");
  cmd->callback([&context, &exit_code, options] {
    ExitCode load_code = ExitCode::Ok;
    auto schema = load_schema(context, options->input, load_code);
    if (!schema) {
      exit_code = static_cast<int>(load_code);
      return;
    }
    // Lint first, so its findings reach the document's validation checklist.
    LintRunOptions lint_options;
    auto lint_run = run_lint(context, options->input, *schema, lint_options);
    if (!lint_run) {
      exit_code = static_cast<int>(ExitCode::BadInput);
      return;
    }
    // The brief's stack says which dialects, migration namings and ORM files (build_artifacts.h).
    BuildTargets targets = build_targets(options->input, read_brief_stack(options->input));
    DocInputs doc_inputs = doc_inputs_for(options->input);
    doc_inputs.lint = lint_findings_for_document(lint_run->result);
    doc_inputs.database = dialect_title(targets.primary);
    doc_inputs.migrations = document_migrations(targets);
    doc_inputs.size = size_for_document(*schema);
    Diagnostics diagnostics;
    // Render everything first, so a failure leaves no partial set of artifacts behind.
    BuildArtifacts rendered = render_build_artifacts(*schema, targets, diagnostics);
    std::vector<std::pair<std::string, std::string>> artifacts = std::move(rendered.files);
    artifacts.emplace_back("lint/report.txt", lint_run->report);
    // The design document and its diagrams, under docs/ (cmd_doc.cpp writes the same set).
    auto docs = document_files(*schema, doc_inputs, DocOptions{}, diagnostics);
    if (!docs) {
      context.err << "error: " << docs.error().message << "\n";
      exit_code = static_cast<int>(docs.error().exit_code);
      return;
    }
    for (auto& file : *docs) artifacts.emplace_back("docs/" + file.path, std::move(file.contents));
    print_diagnostics(context, diagnostics);
    if (diagnostics.has_errors()) {
      exit_code = static_cast<int>(ExitCode::BadInput);
      return;
    }
    for (const auto& [name, contents] : artifacts) {
      if (!write_output(context, options->output_dir + "/" + name, contents)) {
        exit_code = static_cast<int>(ExitCode::Environment);
        return;
      }
    }
    // Verification after the artifacts are written, so a failure leaves them for a look; the
    // document is then written again with the plans the database chose.
    std::optional<VerifyReport> verified;
    if (!options->no_verify) {
      VerifyOptions verify_options;
      if (!options->db_url.empty()) verify_options.url = options->db_url;
      verify_options.rows_per_table = options->seed_rows;
      if (const char* hook = std::getenv("SF_TEST_VERIFY_AFTER_APPLY")) {
        std::string sql = hook, after_seed = "-- after-seed:";
        if (sql.starts_with(after_seed)) {
          verify_options.after_seed_sql = sql.substr(after_seed.size());
        } else {
          verify_options.after_apply_sql = sql;
        }
      }
      auto report = verify_build(*schema, verify_options);
      if (!report) {
        context.err << "error: verification: " << report.error().message << "\n";
        exit_code = static_cast<int>(report.error().exit_code);
        return;
      }
      verified = std::move(*report);
      if (schema->design && !schema->design->queries.empty()) {
        Diagnostics again;
        auto redone = document_files(*schema, doc_inputs, DocOptions{}, again);
        if (redone) {
          for (auto& file : *redone) {
            std::string name = "docs/" + file.path;
            if (!write_output(context, options->output_dir + "/" + name, file.contents)) {
              exit_code = static_cast<int>(ExitCode::Environment);
              return;
            }
            for (auto& [artifact, contents] : artifacts) {
              if (artifact == name) contents = std::move(file.contents);
            }
          }
        }
      }
    }
    if (!context.quiet) {
      print_build_summary(context, *schema, options->output_dir, artifacts, rendered.notes,
                          lint_run->result);
      if (verified) print_verify_summary(context, *verified);
    }
    if (verified && !verified->ok()) {
      context.err << "error: verification failed (see the summary above)\n";
      exit_code = static_cast<int>(ExitCode::Findings);
      return;
    }
    exit_code = 0;
  });
}

}  // namespace sf::cli
