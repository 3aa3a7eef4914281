#pragma once
// Source files and positions: every model element and every diagnostic points back here.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sf {

/// A loaded input file. Text is kept so diagnostics can show the offending line.
class SourceFile {
public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  /// 1-based line and column (in bytes) of a byte offset.
  struct LineCol {
    uint32_t line = 0;
    uint32_t column = 0;
  };
  LineCol locate(size_t offset) const;
  /// The text of 1-based line `line`, without its newline.
  std::string_view line_text(uint32_t line) const;
  size_t line_count() const { return line_starts_.size(); }

private:
  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
};

/// Where an element came from. A default-constructed location is "unknown" (generated).
struct SourceLoc {
  std::shared_ptr<const SourceFile> file;
  uint32_t line = 0;
  uint32_t column = 0;

  bool known() const { return file != nullptr && line != 0; }
  static SourceLoc at(const std::shared_ptr<const SourceFile>& file, size_t offset);
};

}  // namespace sf
