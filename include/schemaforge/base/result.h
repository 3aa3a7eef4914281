#pragma once
// Environment and usage failures at library boundaries (STYLE.md #9): a value or an error.
#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace sf {

/// Documented process exit codes (README "Exit codes").
enum class ExitCode : int { Ok = 0, Findings = 1, BadInput = 2, Environment = 3 };

struct Error {
  ExitCode exit_code = ExitCode::Environment;
  std::string message;
};

template <typename T>
class Result {
public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }
  T& value() { assert(ok()); return std::get<T>(state_); }
  const T& value() const { assert(ok()); return std::get<T>(state_); }
  T& operator*() { return value(); }
  T* operator->() { return &value(); }
  const Error& error() const { assert(!ok()); return std::get<Error>(state_); }

private:
  std::variant<T, Error> state_;
};

struct Unit {};
using Status = Result<Unit>;
inline Status ok_status() { return Unit{}; }

}  // namespace sf
