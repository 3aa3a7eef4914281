#include "inspect_servers.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sf::test {

std::string server_env(const char* name) {
  const char* value = std::getenv(name);
  if (!value || !*value) {
    ADD_FAILURE() << name << " is not set. The realdb tier needs the throwaway servers: run it "
                  << "through scripts/test (e.g. 'scripts/test -L realdb'), which starts them.";
    return "";
  }
  return value;
}

std::string scratch_name(const std::string& base) {
  std::string clean;
  for (char c : base) clean += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
  return "sfi_" + clean.substr(0, 40) + "_" + std::to_string(getpid());
}

std::string pg_url(const std::string& database) {
  return "postgresql://" + server_env("SF_TEST_PG_USER") + "@/" + database + "?host=" +
         server_env("SF_TEST_PG_HOST") + "&port=" + server_env("SF_TEST_PG_PORT");
}

std::string mysql_url(const std::string& database) {
  return "mysql://root@localhost/" + database + "?socket=" + server_env("SF_TEST_MYSQL_SOCKET");
}

int run_command(const std::string& command, std::string& output) {
  output.clear();
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  std::array<char, 4096> buffer{};
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string prepared_copy(const std::string& path, bool mysql) {
  std::ifstream in(path, std::ios::binary);
  std::string out_path = (std::filesystem::temp_directory_path() /
                          ("sfi_" + std::to_string(getpid()) + "_" + std::filesystem::path(path).filename().string()))
                             .string();
  std::ofstream out(out_path, std::ios::binary);
  std::string line;
  bool skipping = false;
  while (std::getline(in, line)) {
    std::string lower;
    for (char c : line) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (skipping) {
      skipping = lower.find(';') == std::string::npos;
      continue;
    }
    if (lower.rfind("drop database", 0) == 0 || lower.rfind("create database", 0) == 0 ||
        (mysql && (lower.rfind("drop schema", 0) == 0 || lower.rfind("create schema", 0) == 0))) {
      skipping = lower.find(';') == std::string::npos;
      continue;
    }
    if (lower.rfind("use ", 0) == 0 || lower.rfind("\\c ", 0) == 0 || lower.rfind("\\connect", 0) == 0) continue;
    out << line << '\n';
  }
  return out_path;
}

std::string text_diff(const std::string& a, const std::string& b) {
  auto dir = std::filesystem::temp_directory_path();
  std::string pa = (dir / ("sfi_a_" + std::to_string(getpid()))).string();
  std::string pb = (dir / ("sfi_b_" + std::to_string(getpid()))).string();
  std::ofstream(pa) << a;
  std::ofstream(pb) << b;
  std::string out;
  run_command("diff -u --label parsed --label inspected " + pa + " " + pb + " | head -400", out);
  std::filesystem::remove(pa);
  std::filesystem::remove(pb);
  return out;
}

}  // namespace sf::test
