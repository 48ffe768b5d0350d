#pragma once
// Runs a plan: phases one after another on worker threads, results merged into a RunReport.
// Lives on the caller's thread (GUI or CLI main thread), which must run an event loop. It reports
// progress once a second (never per request); report() gives a consistent snapshot at any time.

#include "Mailbox.h"
#include "Report.h"
#include "WorkerHost.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <map>
#include <memory>
#include <variant>
#include <vector>

namespace ls {

struct RunOptions
{
    QStringList phases;           // names of the phases to run, in plan order; empty: all
    int workerThreads = 0;        // 0: one per core
    bool serverInProcess = false; // the target runs in this process (the built-in demo target): two files per user
};

// A once-a-second snapshot for progress displays.
struct RunProgress
{
    int phase = 0; // index into the run's phases
    int phaseCount = 0;
    QString phaseName;
    double phaseElapsedS = 0;
    double phasePlannedS = 0; // ramp-up + duration
    double runElapsedS = 0;
    double runRemainingS = 0; // planned time left, graceful stops and pauses included
    TimelinePoint lastSecond;
    qint64 phaseRequests = 0;
    qint64 phaseFailures = 0;
    double phaseP95Ms = 0;
};

class LoadEngine : public QObject
{
    Q_OBJECT
public:
    explicit LoadEngine(Plan plan, RunOptions options = {}, QObject *parent = nullptr);
    ~LoadEngine() override;

    // Checks the options, compiles the requests and starts the worker threads; the first phase begins at once.
    bool start(QString *error);
    // Ends the run the way a phase ends: no new requests, in-flight ones get the graceful stop, then the
    // report is final. A second call aborts in-flight requests at once.
    void stop(const QString &reason);
    bool isRunning() const { return m_running; }
    // The report so far (the current phase with what has been merged), or the final one after finished().
    RunReport report() const;
    const QString &transportName() const { return m_transportName; }
    // The configuration of the run's phase `index` (an index into the run's phases, as in the signals).
    const Phase &runPhase(int index) const { return m_plan.phases[std::size_t(m_phaseIndices[std::size_t(index)])]; }
    int runPhaseCount() const { return int(m_phaseIndices.size()); }

Q_SIGNALS:
    void phaseStarted(int phase);
    void progress(const ls::RunProgress &progress);
    void phaseFinished(int phase);
    void finished();

private:
    struct PhaseDone
    {
        int worker = 0;
        int phaseIndex = 0;
        qint64 lastActivityNs = 0;
    };
    using WorkerMessage = std::variant<IntervalReport, PhaseDone>;

    struct PendingSecond
    {
        StatsBlock stats;
        int activeUsers = 0;
        qint64 endNs = 0;
        qint64 busiestCpuNs = 0; // the busiest worker thread's CPU time in this second
    };

    void beginPhase();
    void onInterval(const IntervalReport &report);
    void onWorkerPhaseDone(int worker, int phaseIndex, qint64 lastActivityNs);
    void completeSeconds(bool phaseOver);
    void checkAbortOnCritical(const TimelinePoint &point, const StatsBlock &second);
    void endPhase();
    void finishRun();
    void stopWorkers();
    double plannedRemainingS() const;
    QDateTime wallTimeOf(qint64 steadyNs) const;

    Plan m_plan;
    RunOptions m_options;
    std::vector<int> m_phaseIndices; // plan phase index of each run phase
    QString m_transportName;
    std::shared_ptr<const RequestFactory> m_requests;
    std::atomic<quint64> m_sequence{1};

    Mailbox<WorkerMessage> m_inbox;
    std::vector<std::unique_ptr<WorkerHost>> m_workers;

    bool m_running = false;
    int m_stopRequests = 0;
    int m_current = -1; // run phase in progress
    bool m_inPhase = false;
    qint64 m_runStartNs = 0;
    QDateTime m_runStartWall;
    qint64 m_phaseStartNs = 0;
    qint64 m_phaseLoadEndNs = 0;
    std::vector<int> m_lastInterval; // per worker, the last interval reported in this phase
    std::vector<bool> m_workerDone;
    std::vector<qint64> m_workerLastNs;
    std::map<int, PendingSecond> m_pending;
    int m_beyondCriticalSeconds = 0;
    QTimer m_pauseTimer;
    RunReport m_report;
};

} // namespace ls

Q_DECLARE_METATYPE(ls::RunProgress)
