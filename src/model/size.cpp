// Size projections: totals and the human-readable figures documents print.
#include "schemaforge/model/size.h"

#include <cstdio>

namespace sf {

int64_t TableSizeProjection::index_bytes(size_t horizon) const {
  int64_t total = 0;
  for (const auto& index : indexes) {
    if (horizon < index.bytes.size()) total += index.bytes[horizon];
  }
  return total;
}

const char* to_string(KeyOrder order) {
  switch (order) {
    case KeyOrder::Ascending: return "ascending";
    case KeyOrder::Grouped: return "grouped";
    case KeyOrder::Random: return "random";
  }
  return "random";
}

namespace {

/// `value` scaled by 1024 (bytes) or 1000 (counts) to one decimal with the unit's suffix.
std::string scaled(double value, double base, const char* const* units, size_t unit_count) {
  size_t unit = 0;
  while (value >= base && unit + 1 < unit_count) {
    value /= base;
    ++unit;
  }
  char buffer[48];
  if (unit == 0) {
    std::snprintf(buffer, sizeof buffer, "%.0f%s", value, units[0]);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.1f %s", value, units[unit]);
  }
  return buffer;
}

}  // namespace

std::string format_bytes(int64_t bytes) {
  static const char* const units[] = {" B", "kB", "MB", "GB", "TB", "PB"};
  return scaled(static_cast<double>(bytes), 1024.0, units, 6);
}

std::string format_count(int64_t count) {
  static const char* const units[] = {"", "k", "M", "G", "T"};
  return scaled(static_cast<double>(count), 1000.0, units, 5);
}

}  // namespace sf
