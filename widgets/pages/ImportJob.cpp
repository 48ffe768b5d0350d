#include "ImportJob.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QThread>

namespace ls {

ImportJob::ImportJob(const QString &path, QObject *parent) : QObject(parent), m_path(path)
{
    qRegisterMetaType<LoadedRun>();
}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::cancel()
{
    m_cancel = true;
}

void ImportJob::start()
{
    m_thread = QThread::create([this] {
        // Results go back as queued calls; the job outlives the thread (its destructor waits).
        auto post = [this](auto call) { QMetaObject::invokeMethod(this, call, Qt::QueuedConnection); };
        ImportOptions options;
        options.cancel = &m_cancel;
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        options.progress = [&](const ImportProgress &p) {
            if (sinceProgress.elapsed() < 200 || p.bytesTotal <= 0)
                return;
            sinceProgress.restart();
            const int percent = int(100 * p.bytesRead / p.bytesTotal);
            const qint64 samples = p.samples;
            post([this, percent, samples] { Q_EMIT progress(percent, samples); });
        };
        ImportResult result = openRun(m_path, options);
        if (!result.report) {
            post([this, error = result.error] { Q_EMIT failed(error); });
            return;
        }
        LoadedRun run{m_path, std::move(*result.report), result.missingMetrics};
        post([this, run] { Q_EMIT loaded(run); });
    });
    m_thread->start();
}

} // namespace ls
