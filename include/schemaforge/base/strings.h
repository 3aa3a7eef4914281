#pragma once
// Small string helpers shared by every layer.
#include <string>
#include <string_view>
#include <vector>

namespace sf {

std::string to_lower(std::string_view text);
bool starts_with_icase(std::string_view text, std::string_view prefix);
bool ends_with(std::string_view text, std::string_view suffix);
std::string join(const std::vector<std::string>& parts, std::string_view separator);
std::string trim(std::string_view text);
/// Characters (code points) of UTF-8 text.
size_t utf8_length(std::string_view text);

}  // namespace sf
