// Pattern (seed 003 "Sessions"): server-side sessions and one-time user tokens (email
// verification, password reset, API keys). Only hashes are stored, so a leaked table does
// not leak credentials.
#include "analyses/design/patterns/patterns.h"

namespace sf::detail {

void apply_sessions_tokens(DesignContext& ctx) {
  if (ctx.table("users") == nullptr) return;  // check_brief reports it
  Type user_key = id_type(ctx.id_kind("users"));

  TableBuilder sessions{ctx, {}};
  sessions.table.name = QualifiedName{"", "sessions"};
  sessions.table.comment = "A signed-in session; the cookie holds the token, the table its hash (sessions_tokens pattern).";
  sessions.id();
  sessions.add("user_id", user_key, true);
  sessions.add("token_hash", text_type(), true).comment = "SHA-256 of the session token; the token itself is never stored.";
  sessions.add("ip_address", make_type(TypeKind::Inet, "inet"), false);
  sessions.add("user_agent", text_type(), false);
  sessions.add("expires_at", timestamptz_type(), true);
  sessions.add("revoked_at", timestamptz_type(), false);
  sessions.timestamps(true);
  sessions.table.uniques.push_back(UniqueConstraint{"", {"token_hash"}, {}, false, {}, "", {}});
  sessions.link("user_id", "users", FkAction::Cascade);
  sessions.index("user_id");
  sessions.index("idx_sessions_expires", {column_element("expires_at")});

  TableBuilder tokens{ctx, {}};
  tokens.table.name = QualifiedName{"", "user_tokens"};
  tokens.table.comment = "A one-time or long-lived token for a user: email verification, password reset, API key (sessions_tokens pattern).";
  tokens.id();
  tokens.add("user_id", user_key, true);
  tokens.add("purpose", text_type(), true);
  tokens.add("token_hash", text_type(), true);
  tokens.add("expires_at", timestamptz_type(), false).comment = "NULL for API keys that live until revoked.";
  tokens.add("used_at", timestamptz_type(), false);
  tokens.timestamps(true);
  tokens.table.uniques.push_back(UniqueConstraint{"", {"token_hash"}, {}, false, {}, "", {}});
  tokens.check("purpose", "purpose IN ('email_verification', 'password_reset', 'api_key')");
  tokens.link("user_id", "users", FkAction::Cascade);
  tokens.index("user_id");

  ctx.decide("sessions", {DecisionKind::Pattern, "token_hash", "store a hash of the token, UNIQUE",
                          "a copy of the table cannot be replayed as live sessions; lookups hash the cookie first",
                          {{"the token in clear", "a database leak becomes an account takeover"},
                           {"stateless JWTs only", "cannot be revoked before they expire"}}});
  ctx.decide("sessions", {DecisionKind::Pattern, "revoked_at", "revoke by timestamp, expire by expires_at",
                          "sign-out and 'sign out everywhere' keep a record; a cleanup job deletes rows past expires_at",
                          {{"DELETE on sign-out", "loses the trail an incident review needs"}}});
  ctx.decide("user_tokens", {DecisionKind::Pattern, "purpose", "one table with a purpose CHECK",
                             "verification, reset and API tokens share shape and lifecycle",
                             {{"a table per purpose", "three copies of the same columns"}}});
  if (!ctx.brief.conventions.tenancy_key.empty()) {
    for (const char* t : {"sessions", "user_tokens"}) {
      ctx.decide(t, {DecisionKind::Pattern, "", "not tenant-scoped: reached through user_id",
                     "a request is matched to its session or token by hash before its tenant is known, so "
                     "row-level security on the tenant would hide the very row that says who is asking",
                     {{"a tenant key with row-level security", "sign-in and token checks would need to bypass it"}}});
    }
  }
  ctx.schema.tables.push_back(std::move(sessions.table));
  ctx.schema.tables.push_back(std::move(tokens.table));
}

}  // namespace sf::detail
