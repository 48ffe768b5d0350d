#include "DemoServer.h"

#include <QCoreApplication>
#include <QDate>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <cmath>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace ls::demo {

namespace {

constexpr QByteArrayView kAgentsPrefix = "/api/mcp/retell/agents/";
constexpr QByteArrayView kNotFound = R"({"error":"not found"})";
constexpr QByteArrayView kRateLimited = R"({"message":"Too Many Attempts."})";
constexpr QByteArrayView kRetryAfter = "Retry-After: 1\r\n";
constexpr QByteArrayView kServerError = R"({"error":"internal server error","message":"simulated error"})";
constexpr QByteArrayView kDownstreamFailed =
    R"({"error":"bad gateway","message":"the Retell API did not answer: connection refused"})";
constexpr QByteArrayView kQueueFull = R"({"error":"queue full"})";

// A positive decimal id of at most 18 digits (so it fits a qint64).
bool parseId(QByteArrayView text, qint64 *id)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 v = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *id = v;
    return true;
}

QByteArray errorBody(const QString &message)
{
    QByteArray body = QByteArrayLiteral("{\"error\":");
    appendJsonString(body, message.toUtf8());
    body.append('}');
    return body;
}

QByteArray validationError(const char *field, const QString &message)
{
    QByteArray body = QByteArrayLiteral("{\"error\":\"validation failed\",\"field\":");
    appendJsonString(body, field);
    body.append(",\"message\":");
    appendJsonString(body, message.toUtf8());
    body.append('}');
    return body;
}

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray allowHeader(const char *method)
{
    return "Allow: " + QByteArray(method) + "\r\n";
}

class Acceptor : public QTcpServer
{
public:
    Acceptor(SharedState *shared, const std::vector<ConnectionHandler *> &handlers)
        : shared_(shared), handlers_(handlers)
    {}

protected:
    // The descriptor goes to a connection thread, which creates the QTcpSocket there (sockets cannot move).
    void incomingConnection(qintptr descriptor) override
    {
        shared_->stats.connectionAccepted();
        handlers_[next_++ % handlers_.size()]->post(descriptor);
    }

private:
    SharedState *shared_;
    const std::vector<ConnectionHandler *> &handlers_;
    size_t next_ = 0;
};

} // namespace

ConnectionHandler::ConnectionHandler(std::shared_ptr<SharedState> shared, int index)
    : shared_(std::move(shared)), index_(index)
{
    connect(this, &ConnectionHandler::descriptorsPosted, this, &ConnectionHandler::adoptPosted, Qt::QueuedConnection);
    refreshConfig();
}

ConnectionHandler::~ConnectionHandler()
{
    // Connections first, while the shared state they report to is certainly alive.
    const QObjectList kids = children();
    qDeleteAll(kids);
    std::lock_guard lock(inboxMutex_);
    for (const qintptr fd : inbox_) {
#ifdef Q_OS_UNIX
        ::close(int(fd));
#else
        Q_UNUSED(fd);
#endif
    }
    inbox_.clear();
}

void ConnectionHandler::post(qintptr descriptor)
{
    bool wasEmpty = false;
    {
        std::lock_guard lock(inboxMutex_);
        wasEmpty = inbox_.empty();
        inbox_.push_back(descriptor);
    }
    // One wake-up per batch; the queued connection runs adoptPosted() in this handler's thread.
    if (wasEmpty)
        Q_EMIT descriptorsPosted();
}

void ConnectionHandler::adoptPosted()
{
    std::vector<qintptr> descriptors;
    {
        std::lock_guard lock(inboxMutex_);
        descriptors.swap(inbox_);
    }
    for (const qintptr fd : descriptors) {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(fd)) {
            delete socket;
#ifdef Q_OS_UNIX
            ::close(int(fd));
#endif
            continue;
        }
        new Connection(this, &shared_->stats, socket);
    }
}

void ConnectionHandler::refreshConfig()
{
    if (shared_->config.refresh(&config_, &configVersion_) && (!seeded_ || seededWith_ != config_.seed)) {
        seeded_ = true;
        seededWith_ = config_.seed;
        rng_.seed(config_.seed * 0x9E3779B97F4A7C15ULL + quint64(index_));
    }
}

double ConnectionHandler::sample(const LatencySpec &spec)
{
    if (spec.kind == LatencySpec::Kind::Fixed)
        return spec.a;
    return sampleLatency(spec, rng_);
}

template <typename Fn> void ConnectionHandler::after(Connection *connection, Ticket ticket, double ms, Fn &&fn)
{
    const int delay = int(std::lround(ms));
    if (delay <= 0) {
        fn(connection, ticket);
        return;
    }
    if (connection)
        connection->defer(&ticket);
    // The handler is the timer's context, so a step still runs (e.g. to settle the breaker) if the client left.
    QTimer::singleShot(delay, Qt::PreciseTimer, this,
                       [conn = QPointer<Connection>(connection), ticket, fn = std::forward<Fn>(fn)]() mutable {
                           fn(conn.data(), ticket);
                       });
}

void ConnectionHandler::dispatch(Connection *c, const RequestHead &head, QByteArrayView body)
{
    refreshConfig();
    const QByteArrayView path = head.path;
    if (path.startsWith("/__control/")) {
        handleControl(c, head, body);
        return;
    }

    const Ticket t = c->start(true);
    const double latency = sample(config_.latency);
    enum class Endpoint
    {
        None,
        Health,
        Agent,
        Availability,
        Webhook,
    };
    Endpoint endpoint = Endpoint::None;
    const char *method = "GET";
    qint64 agentId = 0;
    if (path == "/api/health") {
        endpoint = Endpoint::Health;
    } else if (path.startsWith(kAgentsPrefix)) {
        if (parseId(path.sliced(kAgentsPrefix.size()), &agentId))
            endpoint = Endpoint::Agent;
    } else if (path == "/api/retell/check-intelligent-availability") {
        endpoint = Endpoint::Availability;
        method = "POST";
    } else if (path == "/api/test/webhook") {
        endpoint = Endpoint::Webhook;
        method = "POST";
    }

    const auto reply = [this, c, t, latency](int status, QByteArrayView staticBody, QByteArrayView staticHeaders) {
        after(c, t, latency, [status, staticBody, staticHeaders](Connection *c, Ticket t) {
            if (c)
                c->complete(t, status, staticBody, staticHeaders);
        });
    };
    if (endpoint == Endpoint::None) {
        reply(404, kNotFound, {});
        return;
    }
    if (head.method != QByteArrayView(method)) {
        const QByteArray headers = allowHeader(method);
        const QByteArray text = errorBody(u"method not allowed, use %1"_s.arg(QLatin1StringView(method)));
        after(c, t, latency, [headers, text](Connection *c, Ticket t) {
            if (c)
                c->complete(t, 405, text, headers);
        });
        return;
    }
    if (config_.rateLimitRps > 0 && !shared_->limiter.tryAcquire(config_.rateLimitRps)) {
        reply(429, kRateLimited, kRetryAfter);
        return;
    }
    if (config_.errorRatePercent > 0 &&
        std::uniform_real_distribution<double>(0, 100)(rng_) < config_.errorRatePercent) {
        reply(500, kServerError, {});
        return;
    }
    switch (endpoint) {
    case Endpoint::Health:
        handleHealth(c, t, latency);
        break;
    case Endpoint::Agent:
        handleAgent(c, t, latency, agentId);
        break;
    case Endpoint::Availability:
        handleAvailability(c, t, latency, body);
        break;
    case Endpoint::Webhook:
        handleWebhook(c, t, latency);
        break;
    case Endpoint::None:
        break;
    }
}

void ConnectionHandler::handleHealth(Connection *c, Ticket t, double latency)
{
    after(c, t, latency + sample(config_.healthLatency), [this](Connection *c, Ticket t) {
        if (!c)
            return;
        // A reused buffer: complete() copies the body before anything could dispatch (and reuse it) again.
        scratch_.resize(0);
        scratch_.append(R"({"status":"ok","timestamp":")");
        scratch_.append(isoTimestampNow());
        scratch_.append("\"}");
        c->complete(t, 200, scratch_);
    });
}

void ConnectionHandler::handleAgent(Connection *c, Ticket t, double latency, qint64 id)
{
    const auto agentBody = [](qint64 id, bool live) {
        QByteArray body = QByteArrayLiteral("{\"agent_id\":");
        appendNumber(body, id);
        body.append(",\"name\":\"Agent ");
        appendNumber(body, id);
        body.append(live ? R"(","voice_id":"11labs-Adrian","language":"de-DE","status":"active","source":"live"})"
                         : R"(","source":"fallback"})");
        return body;
    };
    // First the database lookup, then the downstream call, which the breaker may skip.
    after(c, t, latency + sample(config_.dbQueryLatency), [this, id, agentBody](Connection *c, Ticket t) {
        refreshConfig();
        const auto decision = shared_->breaker.before(config_.breakerOpenS);
        if (decision == CircuitBreaker::Decision::Fallback) {
            if (c) {
                shared_->stats.fallbackServed();
                c->complete(t, 200, agentBody(id, false));
            }
            return;
        }
        const bool fails = config_.downstreamOffline;
        const double ms = fails ? config_.downstreamTimeoutMs : sample(config_.downstreamLatency);
        after(c, t, ms, [this, id, agentBody, decision, fails](Connection *c, Ticket t) {
            refreshConfig();
            shared_->breaker.after(decision, !fails, config_.breakerFailureThreshold);
            if (!c)
                return;
            if (!fails) {
                c->complete(t, 200, agentBody(id, true));
            } else if (decision == CircuitBreaker::Decision::Call) {
                c->complete(t, 502, kDownstreamFailed);
            } else {
                // A failed half-open probe: the breaker is open again and the cache answers.
                shared_->stats.fallbackServed();
                c->complete(t, 200, agentBody(id, false));
            }
        });
    });
}

void ConnectionHandler::handleAvailability(Connection *c, Ticket t, double latency, QByteArrayView body)
{
    QByteArray invalid;
    QString date;
    qint64 serviceId = 0;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        invalid = validationError("body", u"The request body must be a JSON object with date and service_id."_s);
    } else {
        const QJsonObject o = doc.object();
        const QJsonValue dateValue = o.value(u"date"_s);
        const QJsonValue serviceValue = o.value(u"service_id"_s);
        date = dateValue.toString();
        const double sid = serviceValue.toDouble();
        if (dateValue.isUndefined() || dateValue.isNull()) {
            invalid = validationError("date", u"The date field is required."_s);
        } else if (!dateValue.isString() || date.size() != 10 || !QDate::fromString(date, Qt::ISODate).isValid()) {
            invalid = validationError("date", u"The date field must be a date in the form yyyy-MM-dd."_s);
        } else if (serviceValue.isUndefined() || serviceValue.isNull()) {
            invalid = validationError("service_id", u"The service_id field is required."_s);
        } else if (!serviceValue.isDouble() || sid < 1 || sid > 9007199254740992.0 || sid != std::floor(sid)) {
            invalid = validationError("service_id", u"The service_id field must be a positive integer."_s);
        } else {
            serviceId = qint64(sid);
        }
    }
    if (!invalid.isEmpty()) {
        after(c, t, latency, [invalid](Connection *c, Ticket t) {
            if (c)
                c->complete(t, 400, invalid);
        });
        return;
    }
    // The queries run one after another, so their latencies add up.
    double ms = latency;
    for (int i = 0; i < config_.availabilityQueries; ++i)
        ms += sample(config_.dbQueryLatency);
    after(c, t, ms, [date, serviceId](Connection *c, Ticket t) {
        if (!c)
            return;
        static constexpr const char *starts[] = {"09:00", "09:30", "10:30", "11:00", "13:30", "14:00", "15:30"};
        const int shift = int((serviceId + QDate::fromString(date, Qt::ISODate).day()) % 4);
        QByteArray body = QByteArrayLiteral("{\"date\":");
        appendJsonString(body, date.toUtf8());
        body.append(",\"service_id\":");
        appendNumber(body, serviceId);
        body.append(",\"available\":true,\"slots\":[");
        for (int i = 0; i < 3; ++i) {
            if (i > 0)
                body.append(',');
            body.append("{\"start\":\"");
            body.append(starts[shift + i]);
            body.append("\",\"duration_minutes\":30}");
        }
        body.append("]}");
        c->complete(t, 200, body);
    });
}

void ConnectionHandler::handleWebhook(Connection *c, Ticket t, double latency)
{
    after(c, t, latency, [this](Connection *c, Ticket t) {
        if (!c)
            return; // the client left before the job was accepted
        refreshConfig();
        const auto queued = shared_->queue.enqueue(config_.queueCapacity, config_.queueWorkers);
        if (!queued.accepted) {
            c->complete(t, 503, kQueueFull);
            return;
        }
        if (queued.startWorker)
            startQueueWorker();
        QByteArray body = QByteArrayLiteral("{\"queued\":true,\"position\":");
        appendNumber(body, queued.position);
        body.append('}');
        c->complete(t, 202, body);
    });
}

void ConnectionHandler::startQueueWorker()
{
    // A worker is a chain of timers in this thread: one job, then the next waiting one, until the queue is empty.
    const int ms = std::max(0, int(std::lround(config_.queueWorkMs)));
    QTimer::singleShot(ms, Qt::PreciseTimer, this, [this] {
        refreshConfig();
        shared_->stats.jobProcessed();
        if (shared_->queue.finishJob(config_.queueWorkers))
            startQueueWorker();
    });
}

void ConnectionHandler::handleControl(Connection *c, const RequestHead &head, QByteArrayView body)
{
    // Control requests are answered at once and are not counted in the stats.
    const Ticket t = c->start(false);
    const QByteArrayView path = head.path;
    const bool isGet = head.method == "GET";
    const bool isPost = head.method == "POST";
    const auto configJson = [this] {
        QJsonObject o = shared_->config.get().toJson();
        o.insert(u"port"_s, int(shared_->boundPort.load())); // the port actually bound
        return o;
    };
    const auto wrongMethod = [&](const char *allowed) {
        c->complete(t, 405, errorBody(u"method not allowed, use %1"_s.arg(QLatin1StringView(allowed))),
                    allowHeader(allowed));
    };

    if (path == "/__control/config") {
        if (isGet) {
            c->complete(t, 200, jsonBody(configJson()));
        } else if (isPost) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                c->complete(t, 400, errorBody(u"the body must be a JSON object"_s));
                return;
            }
            const quint16 bound = shared_->boundPort.load();
            QString error;
            const bool ok = shared_->config.update(
                [&doc, bound](DemoTargetConfig &config, QString *err) {
                    const DemoTargetConfig before = config;
                    if (!config.applyJson(doc.object(), err))
                        return false;
                    if (config.address != before.address || config.threads != before.threads ||
                        (config.port != before.port && config.port != bound)) {
                        *err = u"address, port and threads cannot be changed while the target is running"_s;
                        return false;
                    }
                    config.port = before.port;
                    return true;
                },
                &error);
            if (!ok) {
                c->complete(t, 400, errorBody(error));
                return;
            }
            refreshConfig();
            c->complete(t, 200, jsonBody(configJson()));
        } else {
            wrongMethod("GET, POST");
        }
    } else if (path == "/__control/downstream/offline" || path == "/__control/downstream/online") {
        if (!isPost) {
            wrongMethod("POST");
            return;
        }
        const bool offline = path.endsWith("/offline");
        QString unused;
        shared_->config.update(
            [offline](DemoTargetConfig &config, QString *) {
                config.downstreamOffline = offline;
                return true;
            },
            &unused);
        refreshConfig();
        c->complete(t, 200, jsonBody(QJsonObject{{u"downstream_offline"_s, offline}}));
    } else if (path == "/__control/stats") {
        if (!isGet) {
            wrongMethod("GET");
            return;
        }
        c->complete(t, 200, jsonBody(shared_->snapshot().toJson()));
    } else if (path == "/__control/reset-stats") {
        if (!isPost) {
            wrongMethod("POST");
            return;
        }
        shared_->stats.reset();
        c->complete(t, 200, jsonBody(QJsonObject{{u"reset"_s, true}}));
    } else {
        c->complete(t, 404, kNotFound);
    }
}

WorkerThread::WorkerThread(std::shared_ptr<SharedState> shared, int index) : shared_(std::move(shared)), index_(index)
{}

WorkerThread::~WorkerThread()
{
    stopAndWait();
}

ConnectionHandler *WorkerThread::startAndWait()
{
    thread_ = std::thread([this] { run(); });
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [this] { return handler_ != nullptr; });
    return handler_;
}

void WorkerThread::stopAndWait()
{
    if (!thread_.joinable())
        return;
    Q_EMIT stop_.stopRequested();
    thread_.join();
}

void WorkerThread::run()
{
    QThread::currentThread()->setObjectName(u"demo-target-%1"_s.arg(index_));
    {
        // Created and destroyed in this thread, so every socket and timer is too (handler before loop).
        QEventLoop loop;
        ConnectionHandler handler(shared_, index_);
        QObject::connect(&stop_, &StopSignal::stopRequested, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        {
            std::lock_guard lock(mutex_);
            handler_ = &handler;
        }
        ready_.notify_all();
        loop.exec();
    }
    // Pending timers delete themselves later when their context goes away: let them, before the thread ends.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

AcceptorThread::AcceptorThread(std::shared_ptr<SharedState> shared, const QHostAddress &address, quint16 port,
                               std::vector<ConnectionHandler *> handlers)
    : shared_(std::move(shared)), address_(address), requestedPort_(port), handlers_(std::move(handlers))
{}

AcceptorThread::~AcceptorThread()
{
    stopAndWait();
}

bool AcceptorThread::startAndWait(QString *error)
{
    thread_ = std::thread([this] { run(); });
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [this] { return done_; });
    if (listening_)
        return true;
    if (error)
        *error = error_;
    lock.unlock();
    thread_.join(); // it ends by itself; a stop signal now would race with its loop's destruction
    return false;
}

void AcceptorThread::stopAndWait()
{
    if (!thread_.joinable())
        return;
    Q_EMIT stop_.stopRequested();
    thread_.join();
}

void AcceptorThread::run()
{
    QThread::currentThread()->setObjectName(u"demo-target-accept"_s);
    {
        QEventLoop loop;
        Acceptor server(shared_.get(), handlers_);
        server.setListenBacklogSize(1024); // load tests open hundreds of connections at once
        QObject::connect(&stop_, &StopSignal::stopRequested, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        const bool ok = server.listen(address_, requestedPort_);
        {
            std::lock_guard lock(mutex_);
            listening_ = ok;
            boundPort_ = ok ? server.serverPort() : 0;
            error_ = ok ? QString() : server.errorString();
            done_ = true;
        }
        ready_.notify_all();
        if (ok)
            loop.exec();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace ls::demo
