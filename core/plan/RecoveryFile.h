#pragma once
// Crash safety for the desktop app: the plan being edited is written to a recovery file while it has unsaved
// changes, and removed when the app closes cleanly. A recovery file found at start-up means a crash.
// Only valid plans are written (an edit in progress that makes the plan invalid keeps the last valid state),
// so whatever is recovered can be opened.

#include "Plan.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ls {

struct RecoveredPlan
{
    Plan plan;
    QString originalPath; // the file the plan came from; empty for an unsaved plan
    QDateTime savedAt;
};

class RecoveryFile
{
public:
    explicit RecoveryFile(QString path);

    const QString &path() const { return m_path; }
    bool write(const Plan &plan, const QString &originalPath, QString *error = nullptr) const; // atomic
    std::optional<RecoveredPlan> read(QString *error = nullptr) const;
    bool exists() const;
    void remove() const;

private:
    QString m_path;
};

} // namespace ls
