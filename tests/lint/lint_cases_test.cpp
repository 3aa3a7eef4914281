// Runs every tests/lint/<CODE>-<name>.sql case (tests/lint/README.md): parse with the real
// PostgreSQL frontend, lint with only that rule (plus `-- enable:` ones) on top of the case's
// `-- config:`, and compare the rule's findings with the `-- expect:` lines.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>

#include "schemaforge/analyses/lint.h"
#include "schemaforge/base/files.h"
#include "schemaforge/frontends/config.h"
#include "schemaforge/frontends/postgres.h"

namespace sf {

namespace {

namespace fs = std::filesystem;

std::vector<std::string> case_files() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(fs::path(SF_SOURCE_DIR) / "tests/lint")) {
    if (entry.path().extension() == ".sql") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

struct Expectation {
  std::string code;
  uint32_t line;
  std::string text;
};

struct Case {
  std::string code;
  std::string config_yaml;
  std::set<std::string> enabled;
  std::vector<Expectation> expectations;
};

Case read_case(const std::string& path, const SourceFile& file) {
  Case c;
  c.code = fs::path(path).filename().string().substr(0, 4);
  c.enabled.insert(c.code);
  static const std::regex expect(R"(^\s*-- expect: (L[0-9]{3}) @([+-][0-9]+) (.*)$)");
  static const std::regex config(R"(^\s*-- config: (.*)$)");
  static const std::regex enable(R"(^\s*-- enable: (.*)$)");
  for (uint32_t line = 1; line <= file.line_count(); ++line) {
    std::string text(file.line_text(line));
    std::smatch m;
    if (std::regex_match(text, m, expect)) {
      c.expectations.push_back({m[1], static_cast<uint32_t>(static_cast<int>(line) + std::stoi(m[2])), m[3]});
    } else if (std::regex_match(text, m, config)) {
      c.config_yaml += std::string(m[1]) + "\n";
    } else if (std::regex_match(text, m, enable)) {
      std::string list = m[1];
      std::regex code(R"(L[0-9]{3})");
      for (auto it = std::sregex_iterator(list.begin(), list.end(), code); it != std::sregex_iterator(); ++it) {
        c.enabled.insert(it->str());
      }
    }
  }
  return c;
}

std::string describe(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics.items()) out += format_diagnostic(d);
  return out;
}

class LintCase : public ::testing::TestWithParam<std::string> {};

TEST_P(LintCase, FindsWhatItExpects) {
  const std::string& path = GetParam();
  auto file = read_source_file(path);
  ASSERT_TRUE(file) << file.error().message;
  Case c = read_case(path, **file);
  ASSERT_NE(find_lint_rule(c.code), nullptr) << "the file name must start with a rule code";

  Diagnostics diagnostics;
  ProjectConfig config;
  parse_config(std::make_shared<SourceFile>(path + " (-- config:)", c.config_yaml), config, diagnostics);
  Schema schema;
  parse_postgres(*file, schema, diagnostics);
  ASSERT_FALSE(diagnostics.has_errors()) << describe(diagnostics);
  for (const auto& rule : all_lint_rules()) {
    RuleSetting setting;
    setting.rule = std::string(rule.code);
    setting.enabled = c.enabled.count(setting.rule) > 0;
    config.lint.rules.push_back(setting);
  }

  LintResult result = lint(schema, config.lint);
  std::vector<const Finding*> unmatched;
  for (const auto& finding : result.findings) {
    if (finding.code() == c.code) unmatched.push_back(&finding);
  }
  for (const auto& expected : c.expectations) {
    auto hit = std::find_if(unmatched.begin(), unmatched.end(), [&](const Finding* f) {
      return f->diagnostic.loc.line == expected.line &&
             f->diagnostic.message.find(expected.text) != std::string::npos;
    });
    if (hit == unmatched.end()) {
      ADD_FAILURE() << path << ":" << expected.line << ": expected " << expected.code << " '"
                    << expected.text << "'";
    } else {
      unmatched.erase(hit);
    }
  }
  for (const Finding* f : unmatched) {
    ADD_FAILURE() << path << ":" << f->diagnostic.loc.line << ": unexpected " << f->code() << ": "
                  << f->diagnostic.message;
  }
  EXPECT_FALSE(c.expectations.empty()) << "a case needs at least one `-- expect:` line";
}

std::string case_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = fs::path(info.param).stem().string();
  for (char& ch : name) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Rules, LintCase, ::testing::ValuesIn(case_files()), case_name);

}  // namespace

}  // namespace sf
