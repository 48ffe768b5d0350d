#pragma once
// Reading and writing plan files (format "loadstudio-plan/1", see docs/plan-format.md).

#include "Diagnostic.h"
#include "Plan.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace ls {

struct PlanParseResult
{
    std::optional<Plan> plan; // set when there are no errors (warnings allowed)
    Diagnostics diagnostics;  // every problem found, not only the first
};

// Parses and validates. fileName is only used in diagnostics.
PlanParseResult parsePlan(const QByteArray &json, const QString &fileName = {});
PlanParseResult loadPlanFile(const QString &path);

enum class Redaction
{
    Keep,   // for saving the plan
    Redact, // for reports and logs: secret header values become "<redacted>"
};
nlohmann::json planToJson(const Plan &plan, Redaction redaction = Redaction::Keep);
// The same document as text, keys in the order of docs/plan-format.md (format first), indented by 2: for saving.
QByteArray planToJsonText(const Plan &plan, Redaction redaction = Redaction::Keep);
// Authorization, Proxy-Authorization, Cookie, X-Api-Key (any case), or marked secret.
bool isSecretHeader(const Header &header);

// Validates an already parsed document and builds the plan (parsePlan() = JSON syntax + this). With positions,
// diagnostics get the line:column of the value they are about. Ordered, so header order is kept.
PlanParseResult planFromJson(const nlohmann::ordered_json &document, const QString &fileName = {},
                             const JsonPositionIndex *positions = nullptr);

} // namespace ls
