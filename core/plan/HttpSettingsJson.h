#pragma once
// The plan's HTTP settings in JSON: "follow_redirects", "http_version", "proxy" and "auth" at the top level of
// a plan (docs/plan-format.md). Kept apart from the rest of the plan reader to keep both readable.

#include "Plan.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <functional>

namespace ls {

using HttpSettingsError = std::function<void(const QString &path, const QString &message)>;

// Reads the members present (absent ones keep their defaults); every problem goes to error with its JSON path.
void readHttpSettings(const nlohmann::ordered_json &root, HttpSettings *out, const HttpSettingsError &error);
// Writes the members that differ from the defaults. With redact, a literal password becomes "<redacted>" (one
// taken from ${env:NAME} is shown as that reference).
void writeHttpSettings(const HttpSettings &settings, bool redact, nlohmann::ordered_json *out);
// For a proxy URL (after ${env:...} expansion): an empty string when it is usable, else why not.
QString proxyProblem(const QString &proxy);

} // namespace ls
