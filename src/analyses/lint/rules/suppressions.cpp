// L0xx: the suppressions' own findings are made by the engine after every rule has run
// (engine.cpp, apply_suppressions), because only then is it known what each one silenced.
#include "analyses/lint/rule_context.h"

namespace sf::detail {

void check_UnusedSuppression(RuleContext&) {}
void check_UnknownSuppressionCode(RuleContext&) {}
void check_SuppressionWithoutReason(RuleContext&) {}

}  // namespace sf::detail
