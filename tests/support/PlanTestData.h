#pragma once
// The small plan the plan suites edit, one member per line so diagnostics can be checked to the column, and
// helpers to change it. Hidden from moc, which misreads raw string literals.

#include "plan/PlanJson.h"

#include <QByteArray>
#include <QStringList>

#ifndef Q_MOC_RUN

namespace ls::test {

// A small valid plan, one member per line, so the tests can say where a value starts.
// Top-level values start at column (key length + 7), scenario and phase members at (key length + 11).
inline const QByteArray basePlan = R"({
  "format": "loadstudio-plan/1",
  "name": "Test",
  "base_url": "http://localhost:8080",
  "scenarios": [
    {
      "name": "A",
      "path": "/a"
    }
  ],
  "phases": [
    {
      "name": "P",
      "users": 1,
      "duration_s": 1
    }
  ]
}
)";

// basePlan with the first occurrence of `from` replaced.
inline QByteArray edited(const char *from, const QByteArray &to)
{
    QByteArray text = basePlan;
    const qsizetype at = text.indexOf(from);
    Q_ASSERT_X(at >= 0, "edited", from);
    return text.replace(at, qsizetype(qstrlen(from)), to);
}

// basePlan with members added on the line of the plan's "name", the scenario's "path" or the phase's "users".
inline QByteArray top(const char *members)
{
    return edited(R"("name": "Test",)", R"("name": "Test", )" + QByteArray(members) + ',');
}
inline QByteArray scenario(const char *members)
{
    return edited(R"("path": "/a")", R"("path": "/a", )" + QByteArray(members));
}
inline QByteArray phase(const char *members)
{
    return edited(R"("users": 1,)", R"("users": 1, )" + QByteArray(members) + ',');
}

inline QString allDiagnostics(const PlanParseResult &result)
{
    QStringList lines;
    for (const Diagnostic &d : result.diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

} // namespace ls::test

#endif // Q_MOC_RUN
