#pragma once
// The demo target's threads: one acceptor thread that hands accepted sockets round-robin to the connection
// threads, each of which runs a ConnectionHandler (the endpoints). Internal to lscore_demo.

#include "DemoConnection.h"
#include "DemoState.h"

#include <QHostAddress>
#include <QObject>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace ls::demo {

class ConnectionHandler : public QObject
{
    Q_OBJECT
public:
    ConnectionHandler(std::shared_ptr<SharedState> shared, int index);
    ~ConnectionHandler() override;

    // Any thread: queues an accepted socket descriptor for this handler's thread.
    void post(qintptr descriptor);

    // Handler thread: answers (now or later) the request a connection has just parsed.
    void dispatch(Connection *connection, const RequestHead &head, QByteArrayView body);

Q_SIGNALS:
    void descriptorsPosted();

private:
    void adoptPosted();
    void refreshConfig();
    double sample(const LatencySpec &spec);
    // Runs fn(connection or null if it closed meanwhile, ticket) after ms, or at once if ms rounds to 0.
    template <typename Fn> void after(Connection *connection, Ticket ticket, double ms, Fn &&fn);

    void handleControl(Connection *c, const RequestHead &head, QByteArrayView body);
    void handleHealth(Connection *c, Ticket t, double latency);
    void handleAgent(Connection *c, Ticket t, double latency, qint64 id);
    void handleAvailability(Connection *c, Ticket t, double latency, QByteArrayView body);
    void handleWebhook(Connection *c, Ticket t, double latency);
    void startQueueWorker();

    std::shared_ptr<SharedState> shared_;
    const int index_;
    DemoTargetConfig config_; // this thread's copy, refreshed when the shared one changes
    quint64 configVersion_ = 0;
    bool seeded_ = false;
    quint64 seededWith_ = 0;
    std::mt19937_64 rng_;
    QByteArray scratch_; // response bodies built on the fast path

    std::mutex inboxMutex_;
    std::vector<qintptr> inbox_;
};

// Asks a thread's event loop to quit: a queued signal, so it also works before the loop has started.
class StopSignal : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void stopRequested();
};

// The threads are std::threads running a QEventLoop rather than QThreads: joining a std::thread is a
// synchronisation ThreadSanitizer understands, QThread::wait() is not (Qt's own mutexes are invisible to it).

// A connection thread: creates its handler inside the thread and destroys it (and its connections) there.
class WorkerThread
{
public:
    WorkerThread(std::shared_ptr<SharedState> shared, int index);
    ~WorkerThread();
    ConnectionHandler *startAndWait();
    void stopAndWait();

private:
    void run();

    std::shared_ptr<SharedState> shared_;
    const int index_;
    StopSignal stop_;
    std::mutex mutex_;
    std::condition_variable ready_;
    ConnectionHandler *handler_ = nullptr;
    std::thread thread_;
};

class AcceptorThread
{
public:
    AcceptorThread(std::shared_ptr<SharedState> shared, const QHostAddress &address, quint16 port,
                   std::vector<ConnectionHandler *> handlers);
    ~AcceptorThread();
    // Starts listening; false with a message if the port cannot be bound.
    bool startAndWait(QString *error);
    void stopAndWait();
    quint16 port() const { return boundPort_; }

private:
    void run();

    std::shared_ptr<SharedState> shared_;
    const QHostAddress address_;
    const quint16 requestedPort_;
    const std::vector<ConnectionHandler *> handlers_;
    StopSignal stop_;
    std::mutex mutex_;
    std::condition_variable ready_;
    bool done_ = false;
    bool listening_ = false;
    QString error_;
    quint16 boundPort_ = 0;
    std::thread thread_;
};

} // namespace ls::demo
