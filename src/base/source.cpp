#include "schemaforge/base/source.h"

#include <algorithm>

namespace sf {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

SourceFile::LineCol SourceFile::locate(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  return {static_cast<uint32_t>(line_index + 1),
          static_cast<uint32_t>(offset - line_starts_[line_index] + 1)};
}

std::string_view SourceFile::line_text(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  size_t begin = line_starts_[line - 1];
  size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

SourceLoc SourceLoc::at(const std::shared_ptr<const SourceFile>& file, size_t offset) {
  SourceLoc loc;
  loc.file = file;
  if (file) {
    auto lc = file->locate(offset);
    loc.line = lc.line;
    loc.column = lc.column;
  }
  return loc;
}

}  // namespace sf
