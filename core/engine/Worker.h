#pragma once
// One load-generating thread: drives its share of the virtual users of a phase, each with a connection
// of its own, and hands its statistics to the engine once a second. Lives on its own QThread; all
// methods except the constructor run there.

#include "PhaseStats.h"
#include "Plan.h"
#include "RequestFactory.h"
#include "Transport.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <queue>
#include <random>
#include <vector>

namespace ls {

qint64 steadyNowNs();
// CPU time used so far by the calling thread.
qint64 threadCpuNs();

struct PhaseAssignment
{
    int phaseIndex = 0; // index into the run's phases
    LoadModel model = LoadModel::Closed;
    qint64 startNs = 0;   // steady clock
    qint64 loadEndNs = 0; // no new requests from here on
    qint64 gracefulStopNs = 0;
    qint64 timeoutMs = 30000;
    double thinkMinMs = 0, thinkMaxMs = 0;
    std::vector<qint64> userStartNs; // closed model: when each of this worker's users starts
    // Open model: this worker takes arrivals workerIndex, workerIndex + workerCount, ... of the schedule.
    double arrivalRate = 0;
    double rampUpS = 0;
    int workerCount = 1;
    // Open model: free places under the phase's max_users, shared by every worker so that an arrival is dropped only
    // when the whole engine is at max_users (not when this worker's share happens to be busy).
    std::shared_ptr<std::atomic<int>> freeUserSlots;
};

// One second of one worker's results (the last of a phase may be shorter).
struct IntervalReport
{
    int worker = 0;
    int phaseIndex = 0;
    int interval = 0; // seconds since the phase started
    qint64 endNs = 0;
    int activeUsers = 0;
    bool last = false;
    qint64 cpuNs = 0; // CPU time the worker's thread used in this interval (the load generator's own cost)
    std::shared_ptr<const StatsBlock> stats;
};

struct WorkerSetup
{
    int index = 0;
    std::shared_ptr<const RequestFactory> requests;
    std::vector<double> weights;
    quint64 seed = 1;
    QString transport;
    TransportOptions transportOptions;
    int followRedirects = 0; // hops per request
    std::atomic<quint64> *sequence = nullptr;
    // Called on the worker thread; the engine forwards to its own thread.
    std::function<void(IntervalReport)> onInterval;
    std::function<void(int worker, int phaseIndex, qint64 lastActivityNs)> onPhaseDone;
};

class Worker : public QObject
{
    Q_OBJECT
public:
    explicit Worker(WorkerSetup setup);
    ~Worker() override;

    bool init(QString *error); // creates the transport (on the worker thread)
    void startPhase(const PhaseAssignment &assignment);
    // Ends the phase's load now; with immediate, in-flight requests are aborted at once instead of
    // being given the graceful stop time.
    void stopPhase(bool immediate);
    void shutdown(); // drops connections and the transport; call before the thread ends

private:
    enum class EventKind
    {
        UserStart,
        UserNext,
        Arrival,
        Flush,
        LoadEnd,
        GracefulDeadline,
    };
    struct Event
    {
        qint64 dueNs;
        EventKind kind;
        int user;
        bool operator>(const Event &other) const { return dueNs > other.dueNs; }
    };
    struct VirtualUser
    {
        std::unique_ptr<Connection> connection;
        bool busy = false;
        bool active = false;
        // Following redirects: the request of the current hop, and what the earlier hops of it came to.
        HttpRequest request;
        int redirects = 0;
        qint64 redirectBytesReceived = 0;
        qint64 redirectBytesSent = 0;
    };

    void schedule(qint64 dueNs, EventKind kind, int user = -1);
    bool takeUserSlot(); // open model: one of the phase's max_users, if any is free
    void armTimer();
    void processDueEvents();
    void handle(const Event &event);
    void sendRequest(int user, qint64 scheduledNs, bool openModel);
    void sendHop(int user, int scenario, qint64 scheduledNs, qint64 sentNs, bool openModel);
    // A 3xx this user may follow: sends the next hop and returns true.
    bool followRedirect(int user, int scenario, qint64 scheduledNs, qint64 sentNs, bool openModel,
                        const HttpResponse &response);
    void onCompleted(int user, int scenario, qint64 scheduledNs, qint64 sentNs, bool openModel,
                     HttpResponse &&response);
    void afterRequest(int user);
    void scheduleNextArrival();
    void beginLoadEnd();
    void flush(bool last);
    void finishIfDrained();
    void finishPhase();
    qint64 thinkTimeNs();

    WorkerSetup m_setup;
    std::unique_ptr<Transport> m_transport;
    ScenarioDeck m_deck;
    std::mt19937_64 m_rng;
    TemplateContext m_context;

    QTimer m_timer;
    std::priority_queue<Event, std::vector<Event>, std::greater<>> m_events;

    PhaseAssignment m_phase;
    bool m_running = false;  // a phase is in progress
    bool m_stopping = false; // load has ended, draining in-flight requests
    std::vector<VirtualUser> m_users;
    std::vector<int> m_freeUsers; // open model
    int m_busy = 0;
    int m_active = 0;
    qint64 m_nextArrival = 0; // open model: index in the phase-wide schedule
    int m_interval = 0;
    qint64 m_lastActivityNs = 0;
    qint64 m_cpuMarkNs = 0; // the thread's CPU time at the last flush
    StatsBlock m_stats;
};

} // namespace ls
