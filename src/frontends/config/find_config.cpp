#include <filesystem>
#include <system_error>

#include "schemaforge/frontends/config.h"

namespace sf {

std::string find_config_file(const std::string& schema_path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = fs::absolute(fs::path(schema_path), ec).parent_path();
  if (ec) return {};
  for (;;) {
    for (const char* name : {kConfigFileName, ".schemaforge.yml"}) {
      fs::path candidate = dir / name;
      if (fs::is_regular_file(candidate, ec)) {
        // Report it relative to where the schema was named, for stable messages.
        fs::path relative = fs::relative(candidate, fs::current_path(ec), ec);
        return ec || relative.empty() ? candidate.string() : relative.string();
      }
    }
    if (!dir.has_parent_path() || dir.parent_path() == dir) return {};
    dir = dir.parent_path();
  }
}

}  // namespace sf
