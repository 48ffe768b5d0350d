#pragma once
// Reading a run for comparison off the GUI thread: a Load Studio report, or another tool's results through the
// importers (a 1 GB JTL takes a while). Progress arrives throttled to a few updates a second; cancel() stops
// the import at its next check.

#include "Importer.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace ls {

struct LoadedRun
{
    QString path;
    RunReport report;
    QStringList missingMetrics; // what the source does not carry (imported summaries)
};

class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(const QString &path, QObject *parent = nullptr);
    ~ImportJob() override; // cancels and waits

    void start();
    void cancel();
    const QString &path() const { return m_path; }

Q_SIGNALS:
    void progress(int percent, qint64 samples);
    void loaded(const ls::LoadedRun &run);
    void failed(const QString &error); // "cancelled" when cancelled

private:
    QString m_path;
    std::atomic<bool> m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace ls

Q_DECLARE_METATYPE(ls::LoadedRun)
