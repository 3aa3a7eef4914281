// The patterns by name, registered explicitly (STYLE.md #8). Applied in this order whatever
// order the brief lists them in, so tenant keys exist before RBAC and audit tables copy them.
#include <algorithm>

#include "analyses/design/patterns/patterns.h"

namespace sf {

namespace {

struct PatternEntry {
  const char* name;
  void (*apply)(detail::DesignContext&);
};

const std::vector<PatternEntry>& entries() {
  static const std::vector<PatternEntry> list = {
      {"multi_tenant", detail::apply_multi_tenant},
      {"rbac", detail::apply_rbac},
      {"audit_log", detail::apply_audit_log},
      {"sessions_tokens", detail::apply_sessions_tokens},
      {"files_jobs", detail::apply_files_jobs},
      {"notifications", detail::apply_notifications},
      {"analytics_events", detail::apply_analytics_events},
      {"soft_delete", detail::apply_soft_delete},
      {"updated_at_trigger", detail::apply_updated_at_trigger},
  };
  return list;
}

}  // namespace

const std::vector<std::string>& design_pattern_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& entry : entries()) out.push_back(entry.name);
    return out;
  }();
  return names;
}

namespace detail {

void apply_patterns(DesignContext& ctx) {
  std::vector<std::string> wanted = ctx.brief.patterns;
  if (ctx.brief.conventions.soft_delete) wanted.push_back("soft_delete");
  if (!ctx.brief.conventions.tenancy_key.empty()) wanted.push_back("multi_tenant");
  for (const auto& entry : entries()) {
    if (std::find(wanted.begin(), wanted.end(), entry.name) == wanted.end()) continue;
    entry.apply(ctx);
    ctx.record.patterns.push_back(entry.name);
  }
}

}  // namespace detail

}  // namespace sf
