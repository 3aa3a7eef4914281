#include "schemaforge/base/files.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace sf {

Result<std::shared_ptr<const SourceFile>> read_source_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Error{ExitCode::BadInput, "is a directory, not a schema file"};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error{ExitCode::BadInput, std::string("cannot read: ") + std::strerror(errno)};
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Error{ExitCode::BadInput, "read error"};
  return std::make_shared<const SourceFile>(path, buffer.str());
}

Status write_file_atomically(const std::string& path, const std::string& contents) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path target(path);
  if (target.has_parent_path()) {
    fs::create_directories(target.parent_path(), ec);
    if (ec) return Error{ExitCode::Environment, "cannot create directory: " + ec.message()};
  }
  std::string temp = path + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return Error{ExitCode::Environment, std::string("cannot write: ") + std::strerror(errno)};
    out << contents;
    out.flush();
    if (!out) {
      out.close();
      fs::remove(temp, ec);
      return Error{ExitCode::Environment, "write failed"};
    }
  }
  fs::rename(temp, target, ec);
  if (ec) {
    fs::remove(temp, ec);
    return Error{ExitCode::Environment, "cannot rename into place: " + ec.message()};
  }
  return ok_status();
}

}  // namespace sf
