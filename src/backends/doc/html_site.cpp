// The static site: index.html and tables/<name>.html, self-contained (inline styles and SVG,
// no scripts, no external resources).
#include "backends/doc/sections.h"
#include "schemaforge/backends/doc.h"
#include "schemaforge/backends/erd.h"
#include "schemaforge/base/strings.h"

namespace sf {

namespace {

using detail::display;

std::string esc(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

const char* kStyle =
    R"(body{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0;color:#1f2328;background:#fff}
header{background:#24292f;color:#fff;padding:10px 24px}header a{color:#fff;text-decoration:none}
main{padding:16px 24px;max-width:1200px}h1{font-size:1.6em}h2{border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}code{background:#f6f8fa;padding:1px 4px;border-radius:4px;font-size:90%}
.diagram{overflow:auto;border:1px solid #d0d7de;padding:8px;background:#fff}.diagram svg{max-width:none}
.muted{color:#656d76}.done{color:#1a7f37}.notdone{color:#cf222e}.unknown{color:#656d76}
ul.cols{columns:3}
)";

std::string page(const std::string& title, const std::string& home, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<link rel=\"icon\" href=\"data:,\">\n<title>" +
         esc(title) + "</title>\n<style>\n" + kStyle +
         "</style>\n</head>\n<body>\n<header><a href=\"" + home +
         "\">schemaforge · schema design</a></header>\n"
         "<main>\n" +
         body + "</main>\n</body>\n</html>\n";
}

/// Graphviz SVG without its XML prolog and DOCTYPE, ready to inline.
std::string inline_svg(const std::string& svg) {
  size_t at = svg.find("<svg");
  return at == std::string::npos ? svg : svg.substr(at);
}

std::string table_link(const QualifiedName& name, const std::string& prefix) {
  return "<a href=\"" + prefix + esc(erd_file_stem(name)) + ".html\">" + esc(display(name)) +
         "</a>";
}

Result<std::string> table_page(const detail::DocContext& context, const Table& table) {
  std::string name = display(table.name);
  std::string body = "<h1>" + esc(name) + "</h1>\n";
  body +=
      "<p>" +
      (table.comment.empty() ? std::string("<span class=\"muted\">No comment in the source.</span>")
                             : esc(table.comment)) +
      "</p>\n";
  auto view = view_around(context.schema, table.name, 1);
  if (!view) return view.error();
  ErdOptions options;
  options.detail = ErdDetail::Keys;
  options.link_pattern = "{}.html";
  auto svg = render_graphviz(emit_dot(context.schema, *view, options), GraphvizOutput::Svg);
  if (!svg) return svg.error();
  body += "<h2>Neighbourhood</h2>\n<div class=\"diagram\">\n" + inline_svg(*svg) + "</div>\n";

  body +=
      "<h2>Columns</h2>\n<table>\n<tr><th>Column</th><th>Type</th><th>Constraints</th><th>Default</"
      "th><th>Purpose</th></tr>\n";
  for (const auto& column : table.columns) {
    std::string def = detail::column_default(column);
    body += "<tr><td>" + esc(column.name) + "</td><td><code>" + esc(column.type.spelling) +
            "</code></td><td>" + esc(detail::column_constraints(table, column)) + "</td><td>" +
            (def.empty() ? "" : "<code>" + esc(def) + "</code>") + "</td><td>" +
            esc(column.comment) + "</td></tr>\n";
  }
  body += "</table>\n";

  body += "<h2>Indexes</h2>\n<ul>\n";
  if (table.primary_key)
    body += "<li>Primary key (" + esc(join(table.primary_key->columns, ", ")) + ")</li>\n";
  for (const auto& unique : table.uniques)
    body += "<li>Unique (" + esc(join(unique.columns, ", ")) + ")</li>\n";
  for (const auto& index : table.indexes) {
    body += "<li><code>" + esc(index.name) + "</code> <code>" +
            esc(detail::index_definition(index)) + "</code> — " +
            esc(join(detail::index_purposes(table, index), "; ")) + "</li>\n";
  }
  body += "</ul>\n";

  body += "<h2>Relationships</h2>\n<ul>\n";
  detail::TableLinks links = detail::links_of(table, context.relationships);
  for (const auto& r : links.belongs_to) {
    body += "<li>Belongs to " + table_link(r.to, "") + " via " + esc(join(r.from_columns, ", ")) +
            (r.optional ? " (optional)" : "") + ", ON DELETE " + to_string(r.on_delete) + "</li>\n";
  }
  for (const auto& r : links.one_to_one) {
    bool holder = r.from.same_object(table.name);
    body += "<li>One-to-one with " + table_link(holder ? r.to : r.from, "") + " via " +
            esc(display(r.from) + "." + join(r.from_columns, ", ")) + "</li>\n";
  }
  for (const auto& r : links.has_many) {
    body += "<li>Has many " + table_link(r.from, "") + " (" + esc(join(r.from_columns, ", ")) +
            ")</li>\n";
  }
  for (const auto& r : links.many_to_many) {
    bool from = r.from.same_object(table.name);
    body += "<li>Many-to-many with " + table_link(from ? r.to : r.from, "") + " through " +
            table_link(r.through, "") + "</li>\n";
  }
  if (links.belongs_to.empty() && links.one_to_one.empty() && links.has_many.empty() &&
      links.many_to_many.empty()) {
    body += "<li class=\"muted\">None.</li>\n";
  }
  body += "</ul>\n";

  body += "<h2>Constraints</h2>\n<ul>\n";
  for (const auto& check : table.checks)
    body += "<li>CHECK <code>" + esc(check.expr.sql) + "</code></li>\n";
  for (const auto& fk : table.foreign_keys) {
    body += "<li>FOREIGN KEY (" + esc(join(fk.columns, ", ")) + ") → " +
            table_link(fk.ref_table, "") + " ON DELETE " + to_string(fk.on_delete) + "</li>\n";
  }
  if (table.checks.empty() && table.foreign_keys.empty())
    body += "<li class=\"muted\">No CHECK or foreign key.</li>\n";
  body += "</ul>\n";

  body += "<h2>Design decisions</h2>\n<ul>\n";
  for (const auto& decision : detail::table_decisions(context.schema, table)) {
    // Decisions are Markdown with inline code only: turn `x` into <code>x</code>.
    std::string text = esc(decision), html;
    bool open = false;
    for (char c : text) {
      if (c == '`') {
        html += open ? "</code>" : "<code>";
        open = !open;
      } else {
        html += c;
      }
    }
    if (open) html += "</code>";
    body += "<li>" + html + "</li>\n";
  }
  body += "</ul>\n";
  auto findings = detail::findings_for(context.inputs, table);
  if (!findings.empty()) {
    body += "<h2>Lint findings</h2>\n<ul>\n";
    for (const LintFinding* f : findings) {
      body += "<li>" + std::string(to_string(f->severity)) + " " + esc(f->code) + " (" +
              esc(f->element) + "): " + esc(f->message) + "</li>\n";
    }
    body += "</ul>\n";
  }
  return page(name + " · " + context.inputs.title, "../index.html", body);
}

}  // namespace

Result<std::vector<OutputFile>> emit_html_site(const Schema& schema, const DocInputs& inputs,
                                               const DocOptions& options) {
  Diagnostics diagnostics;
  detail::DocContext context(schema, inputs, options, diagnostics);
  const detail::Counts& c = context.counts;
  std::vector<OutputFile> files;

  std::string body = "<h1>" + esc(inputs.title) + "</h1>\n<p>";
  if (!inputs.source.empty()) body += "From <code>" + esc(inputs.source) + "</code> · ";
  body += esc(inputs.database) + " · " + std::to_string(c.tables) + " tables · " +
          std::to_string(c.relationships()) + " relationships (" + std::to_string(c.one_to_many) +
          " 1:N, " + std::to_string(c.one_to_one) + " 1:1, " + std::to_string(c.many_to_many) +
          " M:N)</p>\n";
  ErdOptions overview;
  overview.detail = context.small() ? ErdDetail::Keys : ErdDetail::Tables;
  overview.collapse_join_tables = !context.small();
  overview.link_pattern = "tables/{}.html";
  auto svg =
      render_graphviz(emit_dot(schema, view_of_schema(schema), overview), GraphvizOutput::Svg);
  if (!svg) return svg.error();
  body +=
      "<h2>Diagram</h2>\n<p class=\"muted\">Click a table to open its page.</p>\n<div "
      "class=\"diagram\">\n" +
      inline_svg(*svg) + "</div>\n";
  body += "<h2>Tables</h2>\n<table>\n<tr><th>Table</th><th>Columns</th><th>Purpose</th></tr>\n";
  for (const Table* table : context.tables) {
    body += "<tr><td>" + table_link(table->name, "tables/") + "</td><td>" +
            std::to_string(table->columns.size()) + "</td><td>" + esc(table->comment) +
            "</td></tr>\n";
  }
  body += "</table>\n<h2>Validation</h2>\n<ul>\n";
  for (const auto& item : detail::validation_items(context)) {
    const char* mark = "";
    const char* css = "";
    switch (item.state) {
      case detail::CheckItem::State::Done:
        mark = "☑";
        css = "done";
        break;
      case detail::CheckItem::State::NotDone:
        mark = "☐";
        css = "notdone";
        break;
      case detail::CheckItem::State::Unknown:
        mark = "☐";
        css = "unknown";
        break;
    }
    body += "<li class=\"" + std::string(css) + "\">" + mark + " " + esc(item.text) +
            " <span class=\"muted\">(" + esc(item.evidence) + ")</span></li>\n";
  }
  body += "</ul>\n";
  files.push_back({"index.html", page(inputs.title, "index.html", body)});
  for (const Table* table : context.tables) {
    auto html = table_page(context, *table);
    if (!html) return html.error();
    files.push_back({"tables/" + erd_file_stem(table->name) + ".html", std::move(*html)});
  }
  return files;
}

}  // namespace sf
